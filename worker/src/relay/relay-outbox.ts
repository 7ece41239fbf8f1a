import type { Pool } from 'pg';

/** One outbox row as the subgraph wrote it. */
interface OutboxRow {
  id: string;
  kind: string;
  payload: { recipients?: unknown[]; facts?: Record<string, unknown> };
  occurred_at: Date;
}

/**
 * Moves one batch of a subgraph's unrelayed outbox rows onto the queue (docs/adr/022). Rows are taken
 * `FOR UPDATE SKIP LOCKED`, so several workers share an outbox without taking the same row. In one
 * statement on the notifications database each row becomes a `messages` row (keyed by the event's id)
 * and a `notify` job; a row relayed before (a crash came between that statement and the stamp below)
 * already has its message and adds nothing. Then the rows are stamped in the source. Returns the number
 * of rows stamped.
 */
export async function relayOutboxBatch(options: { source: string; sourcePool: Pool; notificationsPool: Pool; batchSize: number; maxAttempts: number }): Promise<number> {
  const { source, sourcePool, notificationsPool, batchSize, maxAttempts } = options;
  const client = await sourcePool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<OutboxRow>(
      'select id, kind, payload, occurred_at from outbox_events where relayed_at is null order by occurred_at, id limit $1 for update skip locked',
      [batchSize],
    );
    if (rows.length === 0) {
      await client.query('commit');
      return 0;
    }
    await notificationsPool.query(
      `with relayed as (
         select * from jsonb_to_recordset($1::jsonb) as r(id uuid, kind text, payload jsonb, occurred_at timestamptz)
       ), received as (
         insert into messages (id, source, kind, facts, occurred_at)
         select id, $2, kind, coalesce(payload -> 'facts', '{}'::jsonb), occurred_at from relayed
         on conflict (id) do nothing
         returning id
       )
       select graphile_worker.add_job('notify', json_build_object('messageId', received.id, 'recipients', relayed.payload -> 'recipients'),
                                      job_key => 'message:' || received.id, max_attempts => $3)
       from received join relayed using (id)`,
      [JSON.stringify(rows.map((r) => ({ id: r.id, kind: r.kind, payload: r.payload, occurred_at: r.occurred_at }))), source, maxAttempts],
    );
    await client.query('update outbox_events set relayed_at = now() where id = any($1::uuid[])', [rows.map((r) => r.id)]);
    await client.query('commit');
    return rows.length;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
