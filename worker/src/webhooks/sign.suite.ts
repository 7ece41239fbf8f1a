import { signWebhook } from './sign';
import { webhookPayloadOf } from './event-types';

describe('webhook signatures (Standard Webhooks)', () => {
  it('matches the specification’s published example', () => {
    const headers = signWebhook({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestampSeconds: 1614265330, body: '{"test": 2432232314}', secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'] });
    expect(headers).toEqual({ 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' });
  });

  it('signs with every secret during a rotation, newest first, and never sends unsigned', () => {
    const headers = signWebhook({ id: 'e', timestampSeconds: 1, body: '{}', secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => signWebhook({ id: 'e', timestampSeconds: 1, body: '{}', secrets: [] })).toThrow(/unsigned/);
  });

  it('puts only ids and states in a payload, whatever else the event carries', () => {
    const payload = webhookPayloadOf('booking.confirmed', 'org-1', { bookingId: 'b-1', referralId: 'r-1', status: 'CONFIRMED', startsAt: '2026-12-15T10:00:00Z', format: 'HOME', personEmail: 'x@example.org', notes: 'clinical' }, new Date('2026-12-05T10:00:00Z'));
    expect(payload).toEqual({ type: 'booking.confirmed', timestamp: '2026-12-05T10:00:00.000Z', data: { organisationId: 'org-1', referralId: 'r-1', bookingId: 'b-1', status: 'CONFIRMED' } });
  });
});
