// The data provider's deliveries, safety and webhook parts against the real platform (demo data, the delivery
// worker running): the lists and their filters, Retry on a dead delivery (twice, at once, stale), an
// organisation's webhook endpoints and delivery logs with Replay (at once, stale, disabled) and Disable, and
// who may use them. Deliveries are made dead and flags escalated in the databases, as the worker would;
// webhook deliveries are real: the demo practice subscribes a local receiver that answers 500.
import { DEMO_ORGANISATION_ID } from '@caregraph/demo-data';
import { demoPracticeToken, referAndAccept, startWebhookReceiver, subscribeDemoPractice, type WebhookReceiver } from '../../../test/support/demo-practice-events';
import { queryPlatformDatabase, type RunningPlatform } from '../../../test/support/platform';
import type { DeliveryRowFragment, WebhookDeliveryRowFragment, WebhookEndpointRowFragment } from '../gql/graphql';
import { createGraphClient } from '../graphql/client';
import { DEMO_PASSWORD, dashboardWiring, rawGraphql, signInDemoAdmin, sharedTestPlatform } from '../test/platform-session';
import { createDataProvider, type CaregraphDataProvider } from './data-provider';

const list = (filter: Record<string, unknown> = {}, perPage = 100, page = 1) => ({ pagination: { page, perPage }, sort: { field: 'createdAt', order: 'DESC' as const }, filter });
type Flag = { id: string; carePlanId: string; raisedAt: string; escalatedAt: string; hoursOpen: number };

describe("the data provider: deliveries, the safety list and organisations' webhooks, on the real graph", () => {
  let platform: RunningPlatform;
  let provider: CaregraphDataProvider;

  /** One statement in one of the platform's databases. */
  const sql = <T>(service: 'notifications' | 'care-plans', text: string, params: unknown[] = []) => queryPlatformDatabase<T>(platform, service, text, params);
  /** A delivery made DEAD as the worker leaves one after its last attempt. */
  const makeDead = async (channel = 'IN_APP') =>
    (
      await sql<{ id: string }>(
        'notifications',
        `update deliveries set status = 'DEAD', attempts = 8, last_error = 'test: made dead' where id = (select id from deliveries where status = 'SENT' and channel = $1 order by created_at limit 1) returning id`,
        [channel],
      )
    )[0].id;

  beforeAll(async () => {
    platform = await sharedTestPlatform();
    const { client, sessions } = dashboardWiring(platform.urls.gateway);
    await signInDemoAdmin(sessions, platform);
    provider = createDataProvider(client);
  }, 150_000);

  describe('deliveries', () => {
    const deliveries = (filter: Record<string, unknown> = {}, perPage = 100, page = 1) => provider.getList<DeliveryRowFragment>('deliveries', list(filter, perPage, page));

    it('lists deliveries newest first with the total, filtered by status, kind and channel; never text or addresses', async () => {
      const all = await deliveries();
      expect(all.total).toBeGreaterThanOrEqual(7);
      const created = all.data.map((d) => d.createdAt);
      expect([...created].sort().reverse()).toEqual(created);
      for (const hidden of ['title', 'text', 'recipientUserId', 'address', 'email']) expect(all.data[0]).not.toHaveProperty(hidden);

      const dead = await deliveries({ status: 'DEAD' });
      expect(dead.total).toBeGreaterThanOrEqual(1);
      expect(dead.data.every((d) => d.status === 'DEAD')).toBe(true);
      expect((await deliveries({ channel: 'EMAIL' })).data.every((d) => d.channel === 'EMAIL')).toBe(true);
      const escalations = await deliveries({ kind: 'RISK_FLAG_ESCALATED', channel: 'IN_APP' });
      expect(escalations.data.length).toBeGreaterThanOrEqual(1);
      expect(escalations.data.every((d) => d.kind === 'RISK_FLAG_ESCALATED' && d.channel === 'IN_APP' && d.recipientRole === 'ADMIN')).toBe(true);
      const second = await deliveries({}, 2, 2);
      expect(second.data.map((d) => d.id)).toEqual(all.data.slice(2, 4).map((d) => d.id));
    });

    it('refuses a filter value the graph does not have, naming the field, before sending it', async () => {
      for (const [filter, field] of [
        [{ status: 'LOST' }, 'status'],
        [{ kind: 'GOSSIP' }, 'kind'],
        [{ channel: 'PIGEON' }, 'channel'],
      ] as const) {
        await expect(deliveries(filter)).rejects.toMatchObject({ status: 400, body: { errors: { [field]: expect.any(String) } } });
      }
    });

    it('retries a dead delivery once: queued again from scratch; a second retry is a clear 409', async () => {
      const id = await makeDead();
      const { data } = await provider.update<DeliveryRowFragment>('deliveries', { id, data: { action: 'retry' }, previousData: {} as never });
      expect(data).toMatchObject({ id, status: 'PENDING', attempts: 0, lastError: null });
      await expect(provider.update('deliveries', { id, data: { action: 'retry' }, previousData: {} as never })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/only a DEAD delivery can be retried/) });
      // The worker takes it up and delivers it.
      for (let tries = 0; (await sql<{ status: string }>('notifications', 'select status from deliveries where id = $1', [id]))[0].status !== 'SENT'; tries++) {
        if (tries > 100) throw new Error('the retried delivery was not sent within 20 s');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }, 60_000);

    it('20 retries of one dead delivery at once: one queues it, the others get 409', async () => {
      const id = await makeDead();
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => provider.update('deliveries', { id, data: { action: 'retry' }, previousData: {} as never })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect(r.reason).toMatchObject({ status: 409 });
    });

    it('says a stale delivery is gone (404), and refuses edits, pages of their own and malformed ids', async () => {
      await expect(provider.update('deliveries', { id: '00000000-0000-4000-8000-000000000000', data: { action: 'retry' }, previousData: {} as never })).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/no longer exists/) });
      await expect(provider.update('deliveries', { id: 'not-an-id', data: { action: 'retry' }, previousData: {} as never })).rejects.toMatchObject({ status: 400, body: { errors: { id: expect.any(String) } } });
      const [some] = (await deliveries({}, 1)).data;
      await expect(provider.update('deliveries', { id: some.id, data: { status: 'SENT' }, previousData: some })).rejects.toMatchObject({ status: 400, body: { errors: { action: expect.any(String) } } });
      await expect(provider.getOne('deliveries', { id: some.id })).rejects.toMatchObject({ status: 405 });
      await expect(provider.delete('deliveries', { id: some.id })).rejects.toMatchObject({ status: 405 });
    });
  });

  describe('safety', () => {
    const safety = (perPage = 100, page = 1) => provider.getList<Flag>('safety', { pagination: { page, perPage }, sort: { field: 'raisedAt', order: 'ASC' }, filter: {} });

    it('lists escalated, unacknowledged flags oldest first with their plan; an acknowledged one leaves the list', async () => {
      const [flag] = await sql<{ id: string; care_plan_id: string }>(
        'care-plans',
        `update care_plan_risk_flags set acknowledged_at = null, acknowledged_by = null, action = null, raised_at = now() - interval '400 days', escalated_at = now() - interval '399 days'
         where id = (select id from care_plan_risk_flags order by raised_at desc limit 1) returning id, care_plan_id`,
      );
      const page = await safety();
      expect(page.data[0]).toMatchObject({ id: flag.id, carePlanId: flag.care_plan_id, hoursOpen: 400 * 24 });
      const raised = page.data.map((f) => f.raisedAt);
      expect([...raised].sort()).toEqual(raised);
      expect(page.total).toBe(page.data.length);
      for (const hidden of ['reason', 'action', 'client', 'answers']) expect(page.data[0]).not.toHaveProperty(hidden);
      // The row's link opens the care plan: it is there for admins.
      expect((await provider.getOne('carePlans', { id: flag.care_plan_id })).data).toMatchObject({ id: flag.care_plan_id });

      await sql('care-plans', `update care_plan_risk_flags set acknowledged_at = now(), acknowledged_by = gen_random_uuid(), action = 'Called the client' where id = $1`, [flag.id]);
      expect((await safety()).data.map((f) => f.id)).not.toContain(flag.id);
      await expect(provider.getOne('safety', { id: flag.id })).rejects.toMatchObject({ status: 405 });
    });
  });

  describe("organisations' webhooks", () => {
    /** The receiver: it answers 500, so every delivery fails. */
    let receiver: WebhookReceiver;
    let endpointId: string;
    let url: string;
    const endpoints = (organisationId: unknown = DEMO_ORGANISATION_ID) => provider.getList<WebhookEndpointRowFragment>('webhookEndpoints', list({ organisationId }));
    const log = (filter: Record<string, unknown> = {}, perPage = 25, page = 1) =>
      provider.getList<WebhookDeliveryRowFragment>('webhookDeliveries', list({ organisationId: DEMO_ORGANISATION_ID, endpointId, ...filter }, perPage, page));
    const replay = (id: string) => provider.update<WebhookDeliveryRowFragment>('webhookDeliveries', { id, data: { action: 'replay' }, previousData: {} as never });
    /** Waits until the log holds `count` deliveries, none of them queued (each tried at least once). */
    async function settled(count: number): Promise<WebhookDeliveryRowFragment[]> {
      for (let tries = 0; ; tries++) {
        const { data } = await log();
        if (data.length === count && data.every((d) => d.status !== 'PENDING')) return data;
        if (tries > 150) throw new Error(`the log did not settle: ${JSON.stringify(data.map((d) => d.status))}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    beforeAll(async () => {
      receiver = await startWebhookReceiver(500);
      url = receiver.url('/practice');
      const token = await demoPracticeToken(platform.urls.gateway);
      endpointId = await subscribeDemoPractice(platform.urls.gateway, token, url, ['REFERRAL_ACCEPTED', 'REFERRAL_DISCHARGED'], 'Practice system (test)');
      await referAndAccept(platform.urls.gateway, token, 14);
      await referAndAccept(platform.urls.gateway, token, 15);
    }, 60_000);
    afterAll(() => receiver?.close());

    it("lists the organisation's endpoints without secrets, and an endpoint's log newest first, by status and page", async () => {
      const { data, total } = await endpoints();
      expect(total).toBe(data.length);
      expect(data.find((e) => e.id === endpointId)).toEqual(
        expect.objectContaining({ url, description: 'Practice system (test)', eventTypes: ['REFERRAL_ACCEPTED', 'REFERRAL_DISCHARGED'], status: 'ACTIVE', organisationId: DEMO_ORGANISATION_ID }),
      );
      expect(JSON.stringify(data)).not.toMatch(/secret|whsec_/i);
      // An organisation the graph does not know has no endpoints (admins may look at any organisation).
      expect((await endpoints('00000000-0000-4000-8000-000000000000')).total).toBe(0);

      const [newer, older] = await settled(2);
      expect(newer.createdAt >= older.createdAt).toBe(true);
      for (const d of [newer, older]) {
        expect(d).toMatchObject({ eventType: 'REFERRAL_ACCEPTED', status: 'FAILED', lastStatusCode: 500, lastError: expect.stringContaining('500'), deliveredAt: null, replays: 0 });
        expect(d.attempts).toBeGreaterThanOrEqual(1);
      }
      expect(newer.eventId).not.toBe(older.eventId);
      expect((await log({ status: 'FAILED' })).total).toBe(2);
      expect(await log({ status: 'SENT' })).toEqual({ data: [], total: 0 });
      expect((await log({}, 1, 2)).data.map((d) => d.id)).toEqual([older.id]);
    }, 60_000);

    it('refuses a list without its organisation or endpoint, a status the graph lacks, and an endpoint that is gone', async () => {
      await expect(provider.getList('webhookEndpoints', list({}))).rejects.toMatchObject({ status: 400, body: { errors: { organisationId: expect.any(String) } } });
      await expect(endpoints('not-an-id')).rejects.toMatchObject({ status: 400, body: { errors: { organisationId: expect.any(String) } } });
      await expect(log({ endpointId: undefined })).rejects.toMatchObject({ status: 400, body: { errors: { endpointId: expect.any(String) } } });
      await expect(log({ status: 'LOST' })).rejects.toMatchObject({ status: 400, body: { errors: { status: expect.any(String) } } });
      await expect(log({ endpointId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/no longer exists/) });
      await expect(provider.getOne('webhookEndpoints', { id: endpointId })).rejects.toMatchObject({ status: 405 });
      await expect(provider.create('webhookEndpoints', { data: { url } })).rejects.toMatchObject({ status: 405 });
      await expect(provider.delete('webhookEndpoints', { id: endpointId })).rejects.toMatchObject({ status: 405 });
    });

    it('replays a delivery: queued again with its event id; ten replays while it is being sent: one queues it, nine get a clear 409', async () => {
      const [delivery] = await settled(2);
      // The receiver now takes its time, so the delivery stays queued while the others ask.
      receiver.delayMs = 2_000;
      const heardBefore = receiver.heard.filter((id) => id === delivery.eventId).length;
      try {
        const results = await Promise.allSettled(Array.from({ length: 10 }, () => replay(delivery.id)));
        const done = results.filter((r): r is PromiseFulfilledResult<{ data: WebhookDeliveryRowFragment }> => r.status === 'fulfilled');
        expect(done).toHaveLength(1);
        expect(done[0].value.data).toMatchObject({ id: delivery.id, eventId: delivery.eventId, status: 'PENDING', attempts: 0, lastError: null, replays: 1 });
        for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) expect(r.reason).toMatchObject({ status: 409, message: expect.stringMatching(/already queued/) });
        for (let tries = 0; receiver.heard.filter((id) => id === delivery.eventId).length === heardBefore; tries++) {
          if (tries > 100) throw new Error('the replayed delivery did not reach the receiver');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        receiver.delayMs = 0;
      }
      const [again] = await settled(2);
      expect(again).toMatchObject({ id: delivery.id, status: 'FAILED', replays: 1, lastStatusCode: 500 });
    }, 60_000);

    it('disables the endpoint, and offers nothing to turn it back on; its deliveries then refuse a replay with a clear 409; stale and malformed ids are refused', async () => {
      const [delivery] = await settled(2);
      const { data } = await provider.update<WebhookEndpointRowFragment>('webhookEndpoints', { id: endpointId, data: { action: 'disable' }, previousData: {} as never });
      expect(data).toMatchObject({ id: endpointId, status: 'DISABLED', url });
      expect((await endpoints()).data.find((e) => e.id === endpointId)!.status).toBe('DISABLED');
      await expect(provider.update('webhookEndpoints', { id: endpointId, data: { action: 'enable' }, previousData: {} as never })).rejects.toMatchObject({ status: 400, body: { errors: { action: expect.any(String) } } });
      await expect(replay(delivery.id)).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/endpoint is disabled/) });

      await expect(provider.update('webhookEndpoints', { id: '00000000-0000-4000-8000-000000000000', data: { action: 'disable' }, previousData: {} as never })).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/endpoint no longer exists/) });
      await expect(replay('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/delivery no longer exists/) });
      await expect(replay('not-an-id')).rejects.toMatchObject({ status: 400, body: { errors: { id: expect.any(String) } } });
      await expect(provider.update('webhookDeliveries', { id: delivery.id, data: { status: 'SENT' }, previousData: delivery })).rejects.toMatchObject({ status: 400, body: { errors: { action: expect.any(String) } } });
    });
  });

  it("gives a non-admin 403 with a clear message on both screens and on Retry, 404 for an organisation's webhooks, and an anonymous caller 401", async () => {
    const login = await rawGraphql<{ login: { accessToken: string } }>(platform.urls.gateway, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'therapist01@caregraph.example', password: DEMO_PASSWORD },
    });
    const token = login.data!.login.accessToken;
    const asTherapist = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway, accessToken: async () => token }));
    for (const resource of ['deliveries', 'safety']) {
      await expect(asTherapist.getList(resource, list())).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Only Caregraph admins/) });
    }
    await expect(asTherapist.update('deliveries', { id: '00000000-0000-4000-8000-000000000000', data: { action: 'retry' }, previousData: {} as never })).rejects.toMatchObject({ status: 403 });
    // An organisation's webhooks: someone outside it does not learn that it exists.
    await expect(asTherapist.getList('webhookEndpoints', list({ organisationId: DEMO_ORGANISATION_ID }))).rejects.toMatchObject({ status: 404 });
    await expect(asTherapist.update('webhookEndpoints', { id: '00000000-0000-4000-8000-000000000000', data: { action: 'disable' }, previousData: {} as never })).rejects.toMatchObject({ status: 404 });
    const anonymous = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway }));
    await expect(anonymous.getList('safety', list())).rejects.toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    await expect(anonymous.getList('webhookEndpoints', list({ organisationId: DEMO_ORGANISATION_ID }))).rejects.toMatchObject({ status: 401 });
  });
});
