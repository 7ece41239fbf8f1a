import { NOTIFICATION_KINDS, renderMessage, type RecipientRole, type RenderedMessage } from './index';

const APP_BASE_URLS = { CLIENT: 'https://app.caregraph.example', THERAPIST: 'https://therapists.caregraph.example', ADMIN: 'https://admin.caregraph.example' };
const ROLES: RecipientRole[] = ['CLIENT', 'THERAPIST', 'ADMIN'];

/** What a careless subgraph might put in an event: clinical content, names and addresses, beside the allowed facts. */
const LEAKY_FACTS = {
  startsAt: '2026-12-08T10:00:00.000Z',
  format: 'ONLINE',
  decision: 'APPROVED',
  reason: 'PHQ-9 item 9 answered 3',
  score: 27,
  total: 19,
  goal: 'morning routine',
  goals: ['walk the dog daily'],
  condition: 'DEPRESSION',
  answers: [0, 1, 3, 2],
  notes: 'Talked about sleep and the anniversary',
  clientName: 'Robin Example',
  therapistName: 'Dr Sam Sample',
  name: 'Jo Placeholder',
  email: 'robin.example@caregraph.example',
  clientId: '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
  userId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
};
const NEVER_SHOWN = ['PHQ', 'item 9', 'morning routine', 'walk the dog', 'DEPRESSION', 'epression', 'sleep', 'anniversary', 'Robin', 'Sam Sample', 'Jo Placeholder', '@', '0e9d8c7b', '5a4b3c2d'];

function allParts(message: RenderedMessage): string {
  return [message.subject, message.title, message.text, message.html, message.link, message.path].join('\n');
}

describe('no clinical content, names or addresses', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => ROLES.map((role) => [kind, role] as const)))('%s for a %s shows none of the facts it must not', (notificationKind, role) => {
    const everything = allParts(renderMessage({ notificationKind, facts: LEAKY_FACTS, role, appBaseUrls: APP_BASE_URLS, unsubscribeUrl: 'https://app.caregraph.example/unsubscribe?token=t' }));
    for (const word of NEVER_SHOWN) expect(everything).not.toContain(word);
    expect(everything).not.toMatch(/\b(27|19)\b/);
  });

  it('shows an admin message only in the listing decision, never in other kinds', () => {
    const facts = { ...LEAKY_FACTS, message: 'A note only the therapist should read' };
    for (const notificationKind of NOTIFICATION_KINDS) {
      const text = renderMessage({ notificationKind, facts, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS }).text;
      if (notificationKind === 'LISTING_DECISION') expect(text).toContain('A note only the therapist should read');
      else expect(text).not.toContain('A note only the therapist should read');
    }
  });

  it('keeps risk-flag messages free of anything about the client, while clear that they are urgent', () => {
    const raised = renderMessage({ notificationKind: 'RISK_FLAG_RAISED', facts: { ...LEAKY_FACTS, riskFlagId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f' }, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS });
    const escalated = renderMessage({ notificationKind: 'RISK_FLAG_ESCALATED', facts: LEAKY_FACTS, role: 'ADMIN', appBaseUrls: APP_BASE_URLS });
    for (const message of [raised, escalated]) {
      expect(message.subject).toMatch(/^Urgent: /);
      expect(message.text).toContain('this message has no details: sign in to see them');
      expect(message.text).not.toMatch(/December|online|questionnaire|answer|self-harm|suicid/i);
    }
    expect(raised.text).toContain('as soon as you can, today if possible');
    expect(escalated.text).toContain('follow it up today');
  });
});

describe('escaping in the HTML part', () => {
  const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted" \'single\'';

  it('escapes a hostile admin message, and keeps it as written in the text part', () => {
    const message = renderMessage({ notificationKind: 'LISTING_DECISION', facts: { decision: 'CHANGES_REQUESTED', message: HOSTILE }, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS });
    expect(message.html).not.toMatch(/<script|<img/i);
    expect(message.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;');
    expect(message.text).toContain(`The admin left you this message:\n\n${HOSTILE}`);
    expect(message.subject).toBe('Your listing needs a few changes');
    expect(message.title).toBe('Your listing needs a few changes');
  });

  it('keeps the line breaks of a message of several lines, escaped', () => {
    const message = renderMessage({ notificationKind: 'LISTING_DECISION', facts: { decision: 'REJECTED', message: 'First line\r\n<b>second</b>' }, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS });
    expect(message.html).toContain('First line<br>\n&lt;b&gt;second&lt;/b&gt;</blockquote>');
    expect(message.text).toContain('First line\n<b>second</b>');
  });

  it('cuts a very long admin message rather than sending pages of it', () => {
    const message = renderMessage({ notificationKind: 'LISTING_DECISION', facts: { decision: 'REJECTED', message: 'word '.repeat(1000) }, role: 'THERAPIST', appBaseUrls: APP_BASE_URLS });
    expect(message.text).toContain('word word…');
    expect(message.text.length).toBeLessThan(3000);
  });

  it('escapes the link and the unsubscribe URL in attributes and text', () => {
    const hostileBases = { ...APP_BASE_URLS, CLIENT: 'https://app.caregraph.example/"><script>x</script>' };
    const message = renderMessage({ notificationKind: 'SESSION_REMINDER', facts: {}, role: 'CLIENT', appBaseUrls: hostileBases, unsubscribeUrl: 'https://app.caregraph.example/unsubscribe?token="><script>y</script>' });
    expect(message.html).not.toContain('<script');
    expect(message.html).toContain('href="https://app.caregraph.example/&quot;&gt;&lt;script&gt;x&lt;/script&gt;/bookings"');
    expect(message.html).toContain('href="https://app.caregraph.example/unsubscribe?token=&quot;&gt;&lt;script&gt;y&lt;/script&gt;"');
  });

  it('puts no id into a path unless it is a real UUID', () => {
    for (const hostile of ['../../admin', '8b2e4d16-9c3a-4f5b-b7d8-1e2f3a4b5c6d/../../x', '<script>', 'javascript:alert(1)']) {
      const facts = { carePlanId: hostile, therapistId: hostile, bookingId: hostile, questionnaire: 'PHQ9' };
      for (const notificationKind of NOTIFICATION_KINDS) {
        for (const role of ROLES) {
          const message = renderMessage({ notificationKind, facts, role, appBaseUrls: APP_BASE_URLS });
          expect(message.path).not.toContain(hostile);
          expect(message.path).not.toContain('..');
        }
      }
    }
  });
});
