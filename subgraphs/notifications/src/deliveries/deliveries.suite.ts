import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { notificationsSubgraph } from '../subgraph';
import { insertDelivery } from '../test/notification-factory';

const LIST = `query($filter: DeliveryFilter, $offset: Int, $limit: Int) {
  deliveries(filter: $filter, offset: $offset, limit: $limit) {
    total items { id kind recipientRole channel status attempts lastError createdAt updatedAt deliveredAt }
  }
}`;
const FIELDS = `query { __type(name: "Delivery") { fields { name } } }`;

interface Item { id: string; kind: string; recipientRole: string; channel: string; status: string; attempts: number; lastError: string | null; createdAt: string }
interface Page { deliveries: { total: number; items: Item[] } }

describe('the admins’ delivery list', () => {
  let subgraph: TestSubgraph;
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    subgraph = await startTestSubgraph(notificationsSubgraph);
    ids.sent = await insertDelivery(subgraph, { status: 'SENT', channel: 'IN_APP', kind: 'BOOKING_CONFIRMED', createdAt: at(1) });
    ids.dead = await insertDelivery(subgraph, { status: 'DEAD', channel: 'EMAIL', kind: 'SESSION_REMINDER', attempts: 8, lastError: 'SMTP 421', createdAt: at(2) });
    ids.failed = await insertDelivery(subgraph, { status: 'FAILED', channel: 'EMAIL', kind: 'BOOKING_CONFIRMED', role: 'THERAPIST', attempts: 2, lastError: 'timeout', createdAt: at(3) });
    ids.pending = await insertDelivery(subgraph, { status: 'PENDING', channel: 'IN_APP', kind: 'RISK_FLAG_ESCALATED', role: 'ADMIN', createdAt: at(4) });
  });
  afterAll(() => subgraph.stop());

  const list = (variables: Record<string, unknown>, caller: Caller = admin) => subgraph.request<Page>(LIST, variables, caller);

  it('lists every delivery, newest first, with the total', async () => {
    const result = await list({});
    expect(result.errors).toBeUndefined();
    expect(result.data!.deliveries.total).toBe(4);
    expect(result.data!.deliveries.items.map((d) => d.id)).toEqual([ids.pending, ids.failed, ids.dead, ids.sent]);
    expect(result.data!.deliveries.items[2]).toMatchObject({ kind: 'SESSION_REMINDER', recipientRole: 'CLIENT', channel: 'EMAIL', status: 'DEAD', attempts: 8, lastError: 'SMTP 421' });
  });

  it('filters by status, kind and channel, together, and pages', async () => {
    const ofFilter = async (filter: Record<string, unknown>) => (await list({ filter })).data!.deliveries.items.map((d) => d.id);
    expect(await ofFilter({ status: 'DEAD' })).toEqual([ids.dead]);
    expect(await ofFilter({ kind: 'BOOKING_CONFIRMED' })).toEqual([ids.failed, ids.sent]);
    expect(await ofFilter({ channel: 'IN_APP' })).toEqual([ids.pending, ids.sent]);
    expect(await ofFilter({ kind: 'BOOKING_CONFIRMED', channel: 'EMAIL', status: 'FAILED' })).toEqual([ids.failed]);
    expect(await ofFilter({ status: 'SKIPPED' })).toEqual([]);
    const page = await list({ offset: 1, limit: 2 });
    expect(page.data!.deliveries).toMatchObject({ total: 4, items: [{ id: ids.failed }, { id: ids.dead }] });
  });

  it('refuses pages out of range and filters that are not values of the enums, naming the field', async () => {
    expect((await list({ limit: 101 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect((await list({ offset: -1 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    expect((await list({ filter: { status: 'LOST' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never exposes a recipient, an address or a message body', async () => {
    const result = await subgraph.request<{ __type: { fields: Array<{ name: string }> } }>(FIELDS, {}, admin);
    expect(result.data!.__type.fields.map((f) => f.name).sort()).toEqual(
      ['attempts', 'channel', 'createdAt', 'deliveredAt', 'id', 'kind', 'lastError', 'recipientRole', 'status', 'updatedAt'].sort(),
    );
  });

  it.each<[string, Caller, string]>([
    ['a client', { userId: randomUUID(), roles: ['CLIENT'] }, 'FORBIDDEN'],
    ['a therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, caller, code) => {
    const result = await list({}, caller);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe(code);
  });
});
