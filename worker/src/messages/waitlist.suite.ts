import { categoryOf, renderMessage, type RecipientRole } from './index';

const APP_BASE_URLS = { CLIENT: 'https://app.caregraph.example/', THERAPIST: 'https://therapists.caregraph.example', ADMIN: 'https://admin.caregraph.example' };
const LISTING = '7d0c6d3c-1a4e-4c1e-9a59-6e1f5f2b9a11';
const WINTER = '2026-12-08T10:00:00.000Z'; // 10:00 in London (GMT)
const UNSUBSCRIBE_URL = 'https://app.caregraph.example/unsubscribe?token=tok_123';

const render = (facts: Record<string, unknown>, role: RecipientRole = 'CLIENT', unsubscribeUrl?: string) =>
  renderMessage({ notificationKind: 'WAITLIST_SLOT_OPEN', facts, role, appBaseUrls: APP_BASE_URLS, unsubscribeUrl });

describe('WAITLIST_SLOT_OPEN', () => {
  it('tells the client an earlier time may be free, when and how, in text and HTML alike', () => {
    const message = render({ therapistId: LISTING, startsAt: WINTER, format: 'ONLINE' });
    expect(message.subject).toBe('An earlier time may be free with your therapist');
    expect(message.title).toBe(message.subject);
    for (const part of [message.text, message.html]) {
      expect(part).toContain('A session on Tuesday 8 December at 10:00 has just become free with the therapist whose waitlist you joined.');
      expect(part).toContain('It is an online session.');
      expect(part).toContain('it may already be taken');
    }
  });

  it("links to the therapist's page in the client app, where the free times are booked", () => {
    const message = render({ therapistId: LISTING, startsAt: WINTER });
    expect(message.path).toBe(`/therapists/${LISTING}`);
    expect(message.link).toBe(`https://app.caregraph.example/therapists/${LISTING}`);
    expect(message.text).toContain('See their free times');
  });

  it('falls back to general words and the search when facts are missing or odd', () => {
    const message = render({ therapistId: 'not-an-id', startsAt: 'soon', format: 'TELEPATHY' });
    expect(message.text).toContain('A session has just become free with the therapist whose waitlist you joined.');
    expect(message.text).not.toMatch(/It is (an|a|at)/);
    expect(message.path).toBe('/');
    expect(message.text).toContain('Find a therapist');
  });

  it('can be turned off like a reminder, and carries the one-click unsubscribe link', () => {
    expect(categoryOf('WAITLIST_SLOT_OPEN')).toBe('REMINDER');
    const message = render({ therapistId: LISTING }, 'CLIENT', UNSUBSCRIBE_URL);
    expect(message.text).toContain(UNSUBSCRIBE_URL);
    expect(message.html).toContain('https://app.caregraph.example/unsubscribe?token=tok_123');
  });

  it('never names anyone or says why the time opened', () => {
    const message = render({ therapistId: LISTING, startsAt: WINTER, reason: 'Poorly this week', clientName: 'Robin Example', cancelledBy: 'CLIENT' });
    const everything = [message.subject, message.text, message.html, message.link].join('\n');
    for (const word of ['Poorly', 'Robin', 'cancel']) expect(everything).not.toContain(word);
  });
});
