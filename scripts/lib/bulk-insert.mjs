// Bulk loading with plain `pg`: each statement inserts thousands of rows through `unnest` of one
// array parameter per column (a multi-row INSERT with a fixed, small number of parameters), so
// PostgreSQL checks every constraint exactly as for an ordinary insert, at a fraction of the cost of
// one ORM flush per row.

/** Rows per statement: big enough to amortise the round trip, small enough to keep memory flat. */
export const BATCH_ROWS = 5000;

/**
 * The INSERT … SELECT FROM unnest(…) statement for a table spec. Array-valued columns arrive as
 * Postgres array literals in a text[] and are cast back per row (to text[], or the element type
 * `spec.arrayTypes` names, e.g. `{ answers: 'smallint' }`).
 */
export function unnestInsertSql(spec) {
  const arrays = new Set(spec.arrayColumns ?? []);
  const params = spec.columns.map((_, i) => `$${i + 1}::${spec.types[i]}[]`).join(', ');
  const select = spec.columns.map((column) => (arrays.has(column) ? `${column}::${spec.arrayTypes?.[column] ?? 'text'}[]` : column)).join(', ');
  return `insert into "${spec.table}" (${spec.columns.map((c) => `"${c}"`).join(', ')})\nselect ${select} from unnest(${params}) as r(${spec.columns.join(', ')})`;
}

/** Inserts `spec.count` rows made by `spec.row(i)` into `client`'s database, reporting progress. */
export async function bulkInsert(client, spec, onRows = () => {}) {
  const sql = unnestInsertSql(spec);
  for (let start = 0; start < spec.count; start += BATCH_ROWS) {
    const end = Math.min(start + BATCH_ROWS, spec.count);
    const columns = spec.columns.map(() => new Array(end - start));
    for (let i = start; i < end; i++) {
      const row = spec.row(i);
      for (let c = 0; c < columns.length; c++) columns[c][i - start] = row[c];
    }
    await client.query({ text: sql, values: columns });
    onRows(end - start);
  }
}
