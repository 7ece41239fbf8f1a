import type { Caller } from '@caregraph/kernel';
import { webhookSecretCipher } from '@caregraph/kernel';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { runMigrations } from 'graphile-worker';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { notificationsSubgraph } from '../subgraph';
import { insertMessage } from '../test/notification-factory';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id organisationId url eventTypes status } } }`;
const LIST = `query($org: ID) { webhookEndpoints(organisationId: $org) { id url status deliveries { total items { id eventId status attempts replays lastError } } } }`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id url status eventTypes } }`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret endpoint { id } } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
const REPLAY = `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status attempts replays } }`;

type Result = { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;
const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;

/** Who belongs to which organisation, as accounts would answer `myOrganisations` through the graph. */
const memberships = new Map<string, Array<{ role: 'ADMIN' | 'MEMBER'; organisation: { id: string; grantedScopes: string[] } }>>();

function subjectOf(header: string | string[] | undefined): string | undefined {
  const payload = typeof header === 'string' ? header.split('.')[1] : undefined;
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }).sub : undefined;
}

describe('organisations’ webhook endpoints', () => {
  let subgraph: TestSubgraph;
  let graph: http.Server;
  const organisationId = randomUUID();
  const machine = (scopes = ['events:manage', 'referrals:read'], organisation = organisationId): Caller => ({ userId: null, roles: [], machine: { clientId: randomUUID(), organisationId: organisation, scopes } });
  const system = machine();
  const outsider = machine(['events:manage', 'referrals:read'], randomUUID());
  const orgAdmin: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const orgMember: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const platformAdmin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  let urlCount = 0;
  const input = (fields: Record<string, unknown> = {}) => ({ url: `https://receiver.example.org/caregraph/${++urlCount}`, eventTypes: ['REFERRAL_ACCEPTED', 'BOOKING_CONFIRMED'], ...fields });
  const create = (fields: Record<string, unknown> = {}, caller: Caller = system) =>
    subgraph.request<{ createWebhookEndpoint: { secret: string; endpoint: { id: string; organisationId: string; url: string; eventTypes: string[]; status: string } } }>(CREATE, { input: input(fields) }, caller);

  beforeAll(async () => {
    graph = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { myOrganisations: memberships.get(subjectOf(req.headers['x-caregraph-delegation']) ?? '') ?? [] } }));
      });
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    process.env.WEBHOOKS_ALLOW_LOCAL_ENDPOINTS = 'false';
    subgraph = await startTestSubgraph(notificationsSubgraph, { gatewayUrl: `http://127.0.0.1:${(graph.address() as AddressInfo).port}/graphql` });
    await runMigrations({ connectionString: subgraph.db.url });
    memberships.set(orgAdmin.userId!, [{ role: 'ADMIN', organisation: { id: organisationId, grantedScopes: ['REFERRALS_READ', 'EVENTS_MANAGE'] } }]);
    memberships.set(orgMember.userId!, [{ role: 'MEMBER', organisation: { id: organisationId, grantedScopes: ['REFERRALS_READ', 'EVENTS_MANAGE'] } }]);
  });
  afterAll(async () => {
    delete process.env.WEBHOOKS_ALLOW_LOCAL_ENDPOINTS;
    await subgraph.stop();
    await new Promise((resolve) => graph.close(resolve));
  });

  it("lets the organisation's system subscribe, shows a whsec_ secret once and keeps it only encrypted, bound to the endpoint", async () => {
    const result = await create();
    expect(result.errors).toBeUndefined();
    const { secret, endpoint } = result.data!.createWebhookEndpoint;
    expect(endpoint).toMatchObject({ organisationId, status: 'ACTIVE', eventTypes: ['REFERRAL_ACCEPTED', 'BOOKING_CONFIRMED'] });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [stored] = await sql<{ secret_ciphertext: string }>('select secret_ciphertext from webhook_secrets where endpoint_id = ?', [endpoint.id]);
    expect(stored.secret_ciphertext).not.toContain(secret.slice(6, 20));
    const cipher = webhookSecretCipher(undefined, false);
    expect(cipher.decrypt(stored.secret_ciphertext, endpoint.id)).toBe(secret);
    expect(() => cipher.decrypt(stored.secret_ciphertext, randomUUID())).toThrow();
  });

  it('lets an admin of the organisation subscribe (asked through the graph), and refuses its other members and outsiders', async () => {
    expect((await create({ organisationId }, orgAdmin)).errors).toBeUndefined();
    const member = await create({ organisationId }, orgMember);
    expect(codeOf(member)).toBe('FORBIDDEN');
    const stranger = await create({ organisationId }, { userId: randomUUID(), roles: ['CLIENT'] });
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    expect(codeOf(await create({}, ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await create({ organisationId }, outsider))).toBe('NOT_FOUND');
  });

  it('refuses a system without events:manage, and an organisation that may not read referrals', async () => {
    const noScope = await create({}, machine(['referrals:read']));
    expect(codeOf(noScope)).toBe('FORBIDDEN');
    expect(noScope.errors?.[0].message).toContain('events:manage');
    expect(codeOf(await create({}, machine(['events:manage'])))).toBe('FORBIDDEN');
  });

  it("lets Caregraph's admins read, disable and replay but never create, rotate or re-enable", async () => {
    const { endpoint } = (await create()).data!.createWebhookEndpoint;
    expect(codeOf(await create({ organisationId }, platformAdmin))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.request(ROTATE, { input: { id: endpoint.id, keepPreviousForMinutes: 0 } }, platformAdmin))).toBe('FORBIDDEN');
    const listed = await subgraph.request<{ webhookEndpoints: Array<{ id: string }> }>(LIST, { org: organisationId }, platformAdmin);
    expect(listed.data!.webhookEndpoints.map((e) => e.id)).toContain(endpoint.id);
    const disabled = await subgraph.request(UPDATE, { input: { id: endpoint.id, status: 'DISABLED' } }, platformAdmin);
    expect(disabled.errors).toBeUndefined();
    expect(codeOf(await subgraph.request(UPDATE, { input: { id: endpoint.id, status: 'ACTIVE' } }, platformAdmin))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.request(UPDATE, { input: { id: endpoint.id, url: 'https://elsewhere.example.org/' } }, platformAdmin))).toBe('FORBIDDEN');
    expect((await subgraph.request(UPDATE, { input: { id: endpoint.id, status: 'ACTIVE' } }, system)).errors).toBeUndefined();
  });

  it.each([
    ['http://receiver.example.org/hook', /https/],
    ['https://127.0.0.1/hook', /local or private/],
    ['https://10.1.2.3/hook', /local or private/],
    ['https://169.254.169.254/latest/meta-data', /local or private/],
    ['https://[::1]/hook', /local or private/],
    ['https://localhost:8443/hook', /local or private/],
    ['https://user:pass@receiver.example.org/hook', /user name or password/],
    ['https://receiver.example.org/hook#x', /fragment/],
    ['not a url', /absolute URL/],
  ])('refuses the URL %s with BAD_USER_INPUT naming url', async (url, message) => {
    const result = await create({ url });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldOf(result)).toBe('url');
    expect(result.errors?.[0].message).toMatch(message);
  });

  it('refuses an empty event list naming eventTypes, and an unknown id with NOT_FOUND', async () => {
    const empty = await create({ eventTypes: [] });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(empty.errors)).toContain('eventTypes');
    expect(codeOf(await subgraph.request(DELETE, { id: randomUUID() }, system))).toBe('NOT_FOUND');
  });

  it('makes one endpoint of 50 identical requests at once, and never more than 10 for one organisation', async () => {
    const org = randomUUID();
    const burst = machine(['events:manage', 'referrals:write'], org);
    const same = { url: 'https://receiver.example.org/one', eventTypes: ['REFERRAL_BOOKED'] };
    const results = await Promise.all(Array.from({ length: 50 }, () => subgraph.request(CREATE, { input: same }, burst)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT' && fieldOf(r) === 'url')).toHaveLength(49);
    const many = await Promise.all(Array.from({ length: 15 }, (_, i) => subgraph.request(CREATE, { input: { ...same, url: `https://receiver.example.org/many/${i}` } }, burst)));
    expect(many.filter((r) => !r.errors)).toHaveLength(9);
    expect(many.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(6);
    expect(await sql<{ n: number }>('select count(*)::int as n from webhook_endpoints where organisation_id = ?', [org])).toEqual([{ n: 10 }]);
  });

  it('rotates: the previous secret keeps signing for the overlap asked, then only the new one', async () => {
    const { endpoint } = (await create()).data!.createWebhookEndpoint;
    const rotated = await subgraph.request<{ rotateWebhookSecret: { secret: string } }>(ROTATE, { input: { id: endpoint.id, keepPreviousForMinutes: 60 } }, system);
    expect(rotated.errors).toBeUndefined();
    const live = () => sql<{ n: number }>('select count(*)::int as n from webhook_secrets where endpoint_id = ? and (expires_at is null or expires_at > now())', [endpoint.id]);
    expect(await live()).toEqual([{ n: 2 }]);
    await subgraph.request(ROTATE, { input: { id: endpoint.id, keepPreviousForMinutes: 0 } }, system);
    expect(await live()).toEqual([{ n: 1 }]);
    const tooLong = await subgraph.request(ROTATE, { input: { id: endpoint.id, keepPreviousForMinutes: 20000 } }, system);
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(codeOf(await subgraph.request(ROTATE, { input: { id: endpoint.id, keepPreviousForMinutes: 0 } }, outsider))).toBe('NOT_FOUND');
  });

  it('shows the delivery log to the organisation and replays a delivery with its event id kept, one job per delivery', async () => {
    const { endpoint } = (await create()).data!.createWebhookEndpoint;
    const messageId = await insertMessage(subgraph, 'referral.accepted');
    const deliveryId = randomUUID();
    await sql(`insert into webhook_deliveries (id, endpoint_id, message_id, event_type, status, attempts, last_error, last_status_code) values (?, ?, ?, 'referral.accepted', 'DEAD', 8, 'HTTP 503', 503)`, [deliveryId, endpoint.id, messageId]);
    const log = await subgraph.request<{ webhookEndpoints: Array<{ id: string; deliveries: { total: number; items: Array<{ id: string; eventId: string; status: string }> } }> }>(LIST, {}, system);
    expect(log.data!.webhookEndpoints.find((e) => e.id === endpoint.id)!.deliveries).toEqual({ total: 1, items: [{ id: deliveryId, eventId: messageId, status: 'DEAD', attempts: 8, replays: 0, lastError: 'HTTP 503' }] });
    expect(codeOf(await subgraph.request(REPLAY, { id: deliveryId }, outsider))).toBe('NOT_FOUND');
    const replays = await Promise.all([subgraph.request(REPLAY, { id: deliveryId }, system), subgraph.request(REPLAY, { id: deliveryId }, platformAdmin)]);
    expect(replays.filter((r) => !r.errors)).toHaveLength(1);
    expect(replays.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(1);
    const jobs = await sql<{ key: string }>(
      `select j.key from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'deliver-webhook' and j.key = ?`,
      [`webhook:${deliveryId}`],
    );
    expect(jobs).toHaveLength(1);
    expect(await sql('select status, attempts, replays from webhook_deliveries where id = ?', [deliveryId])).toEqual([{ status: 'PENDING', attempts: 0, replays: 1 }]);
  });

  it("keeps an append-only history of who did what to the organisation's webhooks, for the organisation and Caregraph's admins", async () => {
    const org = randomUUID();
    const itsSystem = machine(['events:manage', 'referrals:read'], org);
    const { endpoint } = (await create({ url: 'https://receiver.example.org/history' }, itsSystem)).data!.createWebhookEndpoint;
    await subgraph.request(ROTATE, { input: { id: endpoint.id, keepPreviousForMinutes: 5 } }, itsSystem);
    await subgraph.request(UPDATE, { input: { id: endpoint.id, status: 'DISABLED' } }, platformAdmin);
    await subgraph.request(UPDATE, { input: { id: endpoint.id, status: 'ACTIVE', eventTypes: ['REFERRAL_BOOKED'] } }, itsSystem);
    await subgraph.request(DELETE, { id: endpoint.id }, itsSystem);
    const HISTORY = 'query($org: ID) { webhookHistory(organisationId: $org) { endpointId actorKind actorId action details } }';
    type History = { webhookHistory: Array<{ endpointId: string; actorKind: string; actorId: string; action: string; details: Record<string, unknown> }> };
    const seen = await subgraph.request<History>(HISTORY, {}, itsSystem);
    // Newest first; the change and the re-enabling were one request, so their order between them is free.
    const history = seen.data!.webhookHistory.map((h) => `${h.action} by ${h.actorKind}`);
    expect([history[0], history.at(-1)]).toEqual(['ENDPOINT_DELETED by SYSTEM', 'ENDPOINT_CREATED by SYSTEM']);
    expect([...history].sort()).toEqual(['ENDPOINT_CHANGED by SYSTEM', 'ENDPOINT_CREATED by SYSTEM', 'ENDPOINT_DELETED by SYSTEM', 'ENDPOINT_DISABLED by PLATFORM_ADMIN', 'ENDPOINT_ENABLED by SYSTEM', 'SECRET_ROTATED by SYSTEM']);
    expect(seen.data!.webhookHistory.every((h) => h.endpointId === endpoint.id)).toBe(true);
    expect(seen.data!.webhookHistory.find((h) => h.action === 'ENDPOINT_DISABLED')!.actorId).toBe(platformAdmin.userId);
    expect(JSON.stringify(seen.data)).not.toContain('whsec_');
    expect((await subgraph.request<History>(HISTORY, { org }, platformAdmin)).data!.webhookHistory).toHaveLength(6);
    expect(codeOf(await subgraph.request(HISTORY, { org }, outsider))).toBe('NOT_FOUND');
    await expect(sql("update webhook_audit set action = 'ENDPOINT_CREATED' where organisation_id = ?", [org])).rejects.toThrow(/append-only/);
    await expect(sql('delete from webhook_audit where organisation_id = ?', [org])).rejects.toThrow(/append-only/);
  });

  it('reads one endpoint for those who may see it, NOT_FOUND for anyone else', async () => {
    const { endpoint } = (await create()).data!.createWebhookEndpoint;
    const ONE = 'query($id: ID!) { webhookEndpoint(id: $id) { id url deliveries { total } } }';
    expect((await subgraph.request<{ webhookEndpoint: { id: string; deliveries: { total: number } } }>(ONE, { id: endpoint.id }, system)).data!.webhookEndpoint).toEqual({ id: endpoint.id, url: endpoint.url, deliveries: { total: 0 } });
    expect((await subgraph.request(ONE, { id: endpoint.id }, platformAdmin)).errors).toBeUndefined();
    expect(codeOf(await subgraph.request(ONE, { id: endpoint.id }, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.request(ONE, { id: randomUUID() }, system))).toBe('NOT_FOUND');
    expect(fieldOf(await subgraph.request(ONE, { id: 'nope' }, system))).toBe('id');
  });

  it('deletes an endpoint with its secrets and log', async () => {
    const { endpoint } = (await create()).data!.createWebhookEndpoint;
    const deleted = await subgraph.request<{ deleteWebhookEndpoint: string }>(DELETE, { id: endpoint.id }, system);
    expect(deleted.data!.deleteWebhookEndpoint).toBe(endpoint.id);
    expect(await sql('select id from webhook_secrets where endpoint_id = ?', [endpoint.id])).toEqual([]);
    expect(codeOf(await subgraph.request(DELETE, { id: endpoint.id }, system))).toBe('NOT_FOUND');
  });
});
