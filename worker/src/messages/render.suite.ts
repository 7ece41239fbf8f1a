import { categoryOf, NOTIFICATION_KINDS, RECIPIENT_ROLES, renderMessage, type RecipientRole, type RenderedMessage } from './index';

const APP_BASE_URLS = { CLIENT: 'https://app.caregraph.example', THERAPIST: 'https://therapists.caregraph.example/', ADMIN: 'https://admin.caregraph.example' };
const UNSUBSCRIBE_URL = 'https://app.caregraph.example/unsubscribe?token=tok_123&x=1';
const ROLES: RecipientRole[] = ['CLIENT', 'THERAPIST', 'ADMIN'];

/** Every fact the contract allows, with believable values. */
const FULL_FACTS = {
  bookingId: '3f0a1c52-5b7e-4d7c-8a1e-2c9d7e6f5a41',
  carePlanId: '8b2e4d16-9c3a-4f5b-b7d8-1e2f3a4b5c6d',
  therapistId: '7d0c6d3c-1a4e-4c1e-9a59-6e1f5f2b9a11',
  riskFlagId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  reviewId: 'd4c3b2a1-f6e5-4d7c-9b8a-0f1e2d3c4b5a',
  startsAt: '2026-12-08T10:00:00.000Z',
  previousStartsAt: '2026-12-01T10:00:00.000Z',
  format: 'HOME_VISIT',
  cancelledBy: 'THERAPIST',
  late: true,
  decision: 'APPROVED',
  message: 'Welcome aboard.',
};

/** Facts of the wrong shape: none may leak through as "undefined", "NaN", "null" or "Invalid Date". */
const ODD_FACTS = {
  bookingId: 'not-a-uuid',
  carePlanId: 42,
  therapistId: null,
  startsAt: 'yesterday',
  previousStartsAt: '',
  format: 'TELEPATHY',
  cancelledBy: 'SOMEONE',
  late: 'yes',
  decision: { nested: true },
  message: '   ',
};

const FACT_SETS: Array<[string, Record<string, unknown>]> = [
  ['every allowed fact', FULL_FACTS],
  ['no facts', {}],
  ['odd facts', ODD_FACTS],
];

const FORBIDDEN_WORDS = /undefined|NaN|Invalid|null|\[object|\$\{/;

function allParts(message: RenderedMessage): string {
  return [message.subject, message.title, message.text, message.html, message.link, message.path].join('\n');
}

/** The HTML part's visible words: tags dropped, entities read back. */
function visibleWords(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<br>\n?/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const EVERY_RECIPIENT = NOTIFICATION_KINDS.flatMap((kind) => RECIPIENT_ROLES[kind].map((role) => [kind, role] as const));

describe.each(FACT_SETS)('renderMessage with %s', (_label, facts) => {
  it.each(EVERY_RECIPIENT)('renders %s for a %s cleanly', (notificationKind, role) => {
    const message = renderMessage({ notificationKind, facts, role, appBaseUrls: APP_BASE_URLS, unsubscribeUrl: UNSUBSCRIBE_URL });
    expect(allParts(message)).not.toMatch(FORBIDDEN_WORDS);
    for (const short of [message.subject, message.title]) {
      expect(short.length).toBeGreaterThan(0);
      expect(short.length).toBeLessThanOrEqual(80);
      expect(short).not.toContain('\n');
    }
    expect(message.path).toMatch(/^\/[a-z0-9/-]*$/);
    const base = APP_BASE_URLS[role].replace(/\/$/, '');
    expect(message.link).toBe(role === 'ADMIN' ? `${base}/#${message.path}` : `${base}${message.path}`);
  });

  // A recipient outside the contract's table (a future admin copy, say) must still get a clean message.
  it.each(NOTIFICATION_KINDS.flatMap((kind) => ROLES.map((role) => [kind, role] as const)))('renders %s for any role (%s) without a slip', (notificationKind, role) => {
    const message = renderMessage({ notificationKind, facts, role, appBaseUrls: APP_BASE_URLS });
    expect(allParts(message)).not.toMatch(FORBIDDEN_WORDS);
    expect(message.subject.length).toBeLessThanOrEqual(80);
    expect(message.link.startsWith(APP_BASE_URLS[role].replace(/\/$/, ''))).toBe(true);
  });
});

describe('the layout', () => {
  it.each(EVERY_RECIPIENT)('gives %s for a %s an accessible HTML part with the same words as the text part', (notificationKind, role) => {
    const message = renderMessage({ notificationKind, facts: FULL_FACTS, role, appBaseUrls: APP_BASE_URLS, unsubscribeUrl: UNSUBSCRIBE_URL });
    expect(message.html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(message.html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(message.html).toContain(`<title>${message.subject.replace(/&/g, '&amp;')}</title>`);
    // The button and the plain address both lead to the link.
    expect(message.html.match(new RegExp(`href="${message.link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g'))).toHaveLength(2);
    expect(visibleWords(message.html)).toContain(message.link);
    // Every line of the text part is in the HTML part's visible words, and the text names the link.
    const words = visibleWords(message.html).replace(/\s+/g, ' ');
    for (const line of message.text.split('\n').filter((l) => l.trim() !== '')) {
      const sentence = line.replace(/: https?:\/\/\S+$/, '').replace(/\s+/g, ' ').trim();
      expect(words).toContain(sentence);
    }
    expect(message.text).toContain(message.link);
    expect(message.text.startsWith(`${visibleWords(message.html.match(/<h1[^>]*>(.*)<\/h1>/)![1]!)}\n\n`)).toBe(true);
  });

  it('ends with a sign-off from the team and never shows raw markup in the text part', () => {
    const message = renderMessage({ notificationKind: 'BOOKING_CONFIRMED', facts: FULL_FACTS, role: 'CLIENT', appBaseUrls: APP_BASE_URLS });
    expect(message.text).toMatch(/Best wishes,\nThe Caregraph team\n$/);
    expect(message.text).not.toMatch(/<[a-z/]/i);
  });
});

describe('the unsubscribe line', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => RECIPIENT_ROLES[kind].map((role) => [kind, role] as const)))('appears on %s for a %s only when it can be turned off', (notificationKind, role) => {
    const message = renderMessage({ notificationKind, facts: FULL_FACTS, role, appBaseUrls: APP_BASE_URLS, unsubscribeUrl: UNSUBSCRIBE_URL });
    if (categoryOf(notificationKind) === 'ESSENTIAL') {
      expect(allParts(message)).not.toContain('Turn these off');
      expect(allParts(message)).not.toContain('unsubscribe');
    } else {
      expect(message.text.endsWith(`Turn these off: ${UNSUBSCRIBE_URL}\n`)).toBe(true);
      const escaped = UNSUBSCRIBE_URL.replace(/&/g, '&amp;');
      expect(message.html).toContain(`Turn these off: <a href="${escaped}"`);
      expect(message.html).toContain(`>${escaped}</a></p>\n</div>`);
      expect(message.html).not.toContain('token=tok_123&x=1');
    }
  });

  it('is left out of a reminder or an invitation when no unsubscribe URL is given', () => {
    for (const notificationKind of ['SESSION_REMINDER', 'WAITLIST_SLOT_OPEN', 'CHECK_IN_INVITATION']) {
      const message = renderMessage({ notificationKind, facts: FULL_FACTS, role: 'CLIENT', appBaseUrls: APP_BASE_URLS });
      expect(allParts(message)).not.toContain('Turn these off');
    }
  });
});

describe('an unknown kind', () => {
  it('gets a calm general message linking to the app home, and is ESSENTIAL so carries no unsubscribe line', () => {
    const message = renderMessage({ notificationKind: 'SOMETHING_NEW', facts: FULL_FACTS, role: 'CLIENT', appBaseUrls: APP_BASE_URLS, unsubscribeUrl: UNSUBSCRIBE_URL });
    expect(message.subject).toBe('There is something new for you');
    expect(message.path).toBe('/');
    expect(message.link).toBe('https://app.caregraph.example/');
    expect(message.text).not.toContain('Turn these off');
    expect(message.text).not.toMatch(/December|home visit/i);
  });

  it('copes with facts that are not there at all', () => {
    const message = renderMessage({ notificationKind: 'BOOKING_MOVED', facts: undefined as unknown as Record<string, unknown>, role: 'CLIENT', appBaseUrls: APP_BASE_URLS });
    expect(message.text).toContain('Your session has moved to a new time.');
  });
});
