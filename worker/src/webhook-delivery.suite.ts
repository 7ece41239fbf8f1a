// Webhooks through the real delivery worker on real PostgreSQL, to a real HTTP receiver: an event named for an
// organisation reaches each of its subscribed ACTIVE endpoints once, signed with every live secret; a failing
// receiver is retried with backoff until it answers; another organisation, a disabled endpoint and an
// unsubscribed type get nothing; nothing but ids and states leaves the platform.
import { webhookSecretCipher } from '@caregraph/kernel';
import type { ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startRouteContract, type RouteContract } from './test/route-contract';
import { createWorkerRig, eventually, recordEvent, type WorkerRig } from './test/worker-rig';

jest.setTimeout(120_000);

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Whether `signature` holds a v1 HMAC-SHA256 of the Standard Webhooks content with `secret` (computed here independently). */
function signedWith(received: Received, secret: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${received.headers['webhook-id']}.${received.headers['webhook-timestamp']}.${received.body}`).digest('base64');
  return String(received.headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

describe('webhooks from the delivery worker', () => {
  let routes: RouteContract;
  let rig: WorkerRig;
  let worker: ChildProcess;
  let receiver: http.Server;
  let base = '';
  const received: Received[] = [];
  /** Per path: how many requests to answer 503 before answering 200. */
  const failFirst = new Map<string, number>();
  const organisation = randomUUID();
  const otherOrganisation = randomUUID();
  const cipher = webhookSecretCipher(undefined, false);
  const to = (path: string) => received.filter((r) => r.path === path);

  async function endpoint(path: string, options: { organisationId?: string; eventTypes?: string[]; status?: string; secrets?: Array<{ secret: string; expired?: boolean }> } = {}): Promise<string> {
    const id = randomUUID();
    await rig.notifications.query('insert into webhook_endpoints (id, organisation_id, url, event_types, status) values ($1, $2, $3, $4, $5)', [
      id,
      options.organisationId ?? organisation,
      `${base}${path}`,
      options.eventTypes ?? ['referral.accepted', 'booking.confirmed'],
      options.status ?? 'ACTIVE',
    ]);
    for (const { secret, expired } of options.secrets ?? [{ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }]) {
      await rig.notifications.query(`insert into webhook_secrets (id, endpoint_id, secret_ciphertext, expires_at) values ($1, $2, $3, ${expired ? "now() - interval '1 minute'" : 'null'})`, [randomUUID(), id, cipher.encrypt(secret, id)]);
    }
    return id;
  }
  const deliveriesOf = async (endpointId: string) => (await rig.notifications.query('select status, attempts, last_status_code, last_error from webhook_deliveries where endpoint_id = $1', [endpointId])).rows;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        const failures = failFirst.get(req.url ?? '') ?? 0;
        if (failures > 0) {
          failFirst.set(req.url ?? '', failures - 1);
          res.writeHead(503).end();
        } else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    routes = await startRouteContract();
    routes.organisations.set(organisation, ['referrals:read', 'events:manage']);
    routes.organisations.set(otherOrganisation, ['referrals:write']);
    rig = await createWorkerRig({ routesUrl: routes.url, smtpUrl: 'smtp://127.0.0.1:1' });
    worker = rig.startWorker({ DELIVERY_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await rig?.drop();
    await routes?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('posts an event once to each subscribed endpoint of the organisation, signed, with ids and states only', async () => {
    const main = await endpoint('/main', { secrets: [{ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, { secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, { secret: 'whsec_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', expired: true }] });
    await endpoint('/other-organisation', { organisationId: otherOrganisation });
    await endpoint('/disabled', { status: 'DISABLED' });
    await endpoint('/bookings-only', { eventTypes: ['booking.confirmed'] });
    const referralId = randomUUID();
    const eventId = await recordEvent(rig.bookings, 'referral.accepted', [{ kind: 'organisation', organisationId: organisation }], { referralId, status: 'ACCEPTED', personEmail: 'should.not@leave.example', startsAt: '2026-12-15T10:00:00Z' });
    await recordEvent(rig.bookings, 'referral.accepted', [{ kind: 'organisation', organisationId: organisation }], { referralId }, 'rollback');

    await eventually('the delivery to /main', async () => (await deliveriesOf(main))[0]?.status === 'SENT');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // time for anything that should not come
    expect(to('/main')).toHaveLength(1);
    const [request] = to('/main');
    expect(routes.calls['/internal/organisation-grants']).toBeGreaterThanOrEqual(1);
    expect(request.headers['webhook-id']).toBe(eventId);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(request.headers['content-type']).toBe('application/json');
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(signedWith(request, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBe(true);
    expect(signedWith(request, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
    expect(signedWith(request, 'whsec_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB')).toBe(false);
    const payload = JSON.parse(request.body);
    expect(payload).toEqual({ type: 'referral.accepted', timestamp: expect.any(String), data: { organisationId: organisation, referralId, status: 'ACCEPTED' } });
    expect(to('/other-organisation')).toHaveLength(0);
    expect(to('/disabled')).toHaveLength(0);
    expect(to('/bookings-only')).toHaveLength(0);
    expect(await deliveriesOf(main)).toEqual([{ status: 'SENT', attempts: 0, last_status_code: 200, last_error: null }]);
  });

  it('sends nothing to an organisation that may no longer read referrals, nor to one not verified', async () => {
    const stripped = randomUUID();
    const unverified = randomUUID();
    routes.organisations.set(stripped, ['organisation:read', 'events:manage']);
    const strippedEndpoint = await endpoint('/stripped', { organisationId: stripped });
    const unverifiedEndpoint = await endpoint('/unverified', { organisationId: unverified });
    const eventId = await recordEvent(rig.bookings, 'referral.accepted', [{ kind: 'organisation', organisationId: stripped }, { kind: 'organisation', organisationId: unverified }, { kind: 'organisation', organisationId: organisation }], { referralId: randomUUID(), status: 'ACCEPTED' });
    await eventually('the delivery to the organisation that may hear', () => to('/main').some((r) => r.headers['webhook-id'] === eventId));
    expect(await deliveriesOf(strippedEndpoint)).toEqual([]);
    expect(await deliveriesOf(unverifiedEndpoint)).toEqual([]);
    expect(to('/stripped')).toHaveLength(0);
  });

  it('retries a failing receiver with backoff and records each failure, then delivers the same event id', async () => {
    const flaky = await endpoint('/flaky');
    failFirst.set('/flaky', 1);
    const eventId = await recordEvent(rig.bookings, 'booking.confirmed', [{ kind: 'organisation', organisationId: organisation }], { bookingId: randomUUID(), referralId: randomUUID(), status: 'CONFIRMED' });
    await eventually('the first failure', async () => (await deliveriesOf(flaky))[0]?.status === 'FAILED');
    expect(await deliveriesOf(flaky)).toEqual([{ status: 'FAILED', attempts: 1, last_status_code: 503, last_error: 'HTTP 503' }]);
    await eventually('the retry', async () => (await deliveriesOf(flaky))[0]?.status === 'SENT', 30_000);
    const attempts = to('/flaky');
    expect(attempts.map((a) => a.headers['webhook-id'])).toEqual([eventId, eventId]);
    // Each attempt is signed afresh: the later one carries a later (or equal) timestamp.
    expect(Number(attempts[1].headers['webhook-timestamp'])).toBeGreaterThanOrEqual(Number(attempts[0].headers['webhook-timestamp']));
  });

  it('never posts unsigned: a secret whose key is gone fails the delivery without a request', async () => {
    const id = randomUUID();
    await rig.notifications.query('insert into webhook_endpoints (id, organisation_id, url, event_types) values ($1, $2, $3, $4)', [id, organisation, `${base}/lost-key`, ['referral.declined']]);
    const otherKey = webhookSecretCipher(Buffer.alloc(32, 7).toString('base64'), true);
    await rig.notifications.query('insert into webhook_secrets (id, endpoint_id, secret_ciphertext) values ($1, $2, $3)', [randomUUID(), id, otherKey.encrypt('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id)]);
    await recordEvent(rig.bookings, 'referral.declined', [{ kind: 'organisation', organisationId: organisation }], { referralId: randomUUID(), status: 'DECLINED' });
    await eventually('a failed delivery', async () => (await deliveriesOf(id))[0]?.status === 'FAILED' || (await deliveriesOf(id))[0]?.status === 'DEAD');
    expect((await deliveriesOf(id))[0]).toMatchObject({ last_status_code: null, last_error: 'SECRET_UNREADABLE' });
    expect(to('/lost-key')).toHaveLength(0);
  });

  it('gives up after the last attempt (DEAD), keeping nothing the receiver answered', async () => {
    const down = await endpoint('/down');
    failFirst.set('/down', 100);
    await recordEvent(rig.bookings, 'referral.accepted', [{ kind: 'organisation', organisationId: organisation }], { referralId: randomUUID(), status: 'ACCEPTED' });
    await eventually('a DEAD delivery', async () => (await deliveriesOf(down))[0]?.status === 'DEAD', 60_000);
    expect(await deliveriesOf(down)).toEqual([{ status: 'DEAD', attempts: 2, last_status_code: 503, last_error: 'HTTP 503' }]);
  });
});
