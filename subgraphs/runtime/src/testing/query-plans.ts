import type { MikroORM } from '@mikro-orm/postgresql';

/** One node of PostgreSQL's JSON plan. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of a plan tree. */
export const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The steps of a plan on `table`, each as its node type and the index it reads (e.g. `Index Scan bookings_pkey`). */
export const stepsOn = (nodes: PlanNode[], table: string): string[] =>
  nodes.filter((node) => node['Relation Name'] === table).map((node) => `${node['Node Type']} ${node['Index Name'] ?? ''}`.trim());

/** A bound value written as an SQL literal, for `execute` (which takes no bound parameters under `explain`). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The plan PostgreSQL keeps for `sql` (`?` placeholders) once it runs as a prepared statement on a generic
 * plan (readRows' `prepared`, docs/adr/034): prepared as node-postgres prepares it (no parameter types
 * given), planned with `plan_cache_mode = force_generic_plan`, and explained for `bindings`. Every node of it.
 */
export async function genericPlanOf(orm: MikroORM, sql: string, bindings: readonly unknown[]): Promise<PlanNode[]> {
  let n = 0;
  const numbered = sql.replace(/\?/g, () => `$${++n}`);
  const knex = orm.em.getConnection().getKnex();
  return knex.transaction(async (trx) => {
    await trx.raw('set local plan_cache_mode = force_generic_plan');
    await trx.raw(`prepare generic_plan_check as ${numbered}`);
    try {
      // A `?` inside a value is knex's placeholder unless escaped.
      const explained = await trx.raw(`explain (format json) execute generic_plan_check(${bindings.map(literal).join(', ')})`.replace(/\?/g, '\\?'));
      return nodesOf((explained.rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode }>)[0].Plan);
    } finally {
      await trx.raw('deallocate generic_plan_check');
    }
  });
}
