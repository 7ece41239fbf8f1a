import type { GetListParams, Identifier, RaRecord, UpdateManyParams, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';
import { addDays, londonMidnight } from '../format/format';

/** One screen's share of the data provider: what react-admin asks of that resource. */
export interface ResourceHandler {
  getList(params: GetListParams): Promise<{ data: RaRecord[]; total: number }>;
  getOne(id: Identifier): Promise<RaRecord>;
  /** Runs an action (`data.action`) on one record; absent when the resource is read-only. */
  update?(params: UpdateParams): Promise<RaRecord>;
  /** Runs an action on several records; answers the ids done. */
  updateMany?(params: UpdateManyParams): Promise<Identifier[]>;
  /** Filter that selects the records referring to `id` through `target`, for getManyReference. */
  referenceFilter?(target: string, id: Identifier): Record<string, unknown>;
}

/** The records an admin list may load in one go (chunks of the graph's largest page). */
export const MAX_RECORDS = 2000;
/** The graph's largest page (docs/architecture.md#pagination). */
export const GRAPH_PAGE = 100;

/** 405: the dashboard does not create, edit or delete this kind of record. */
export function notAllowed(message: string): never {
  throw new HttpError(message, 405, { code: 'FORBIDDEN' });
}

/** 400 naming `field`, before anything is sent. */
export function badInput(field: string, message: string): never {
  throw new HttpError(message, 400, { code: 'BAD_USER_INPUT', errors: { [field]: message } });
}

/** react-admin's page as the graph's offset and limit. */
export function offsetWindow(params: GetListParams): { offset: number; limit: number } {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  return { offset: Math.max(0, (page - 1) * perPage), limit: Math.max(1, perPage) };
}

/**
 * Reads `limit` records from `offset` of an offset-paged admin list in pages the graph accepts
 * (at most GRAPH_PAGE each), stopping at the end of the list.
 */
export async function readWindow<T>(offset: number, limit: number, fetchPage: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>): Promise<{ items: T[]; total: number }> {
  if (offset + limit > MAX_RECORDS) throw new HttpError(`The dashboard shows at most the first ${MAX_RECORDS} records of a list: narrow it with the filters.`, 413, { code: 'BAD_USER_INPUT' });
  const items: T[] = [];
  let total = 0;
  while (items.length < limit) {
    const page = await fetchPage(offset + items.length, Math.min(GRAPH_PAGE, limit - items.length));
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0 || offset + items.length >= total) break;
  }
  return { items, total };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id trimmed, or a 400 naming `field` when it is not one of the graph's ids. */
export function checkedId(field: string, value: unknown, what: string): string | undefined {
  if (value == null || value === '') return undefined;
  const id = String(value).trim();
  if (!UUID.test(id)) badInput(field, `${what}: paste the id as shown on the record (for example 3f2b…-…).`);
  return id;
}

/** The reason an admin typed, trimmed, or a 400 naming `reason` when it is blank or too long. */
export function checkedReason(value: unknown, label = 'Reason'): string {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (!reason) badInput('reason', `${label}: please give one.`);
  if (reason.length > 500) badInput('reason', `${label}: at most 500 characters, please.`);
  return reason;
}

/** A calendar date `YYYY-MM-DD` (a date input may add a time), or a 400 naming `field`. */
function checkedDate(field: string, value: unknown): string | undefined {
  if (value == null || value === '') return undefined;
  const date = String(value).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) badInput(field, 'Use a date such as 31/03/2027.');
  return date;
}

/**
 * Filter dates `from` and `to` (London calendar dates, both included) as the instants the graph
 * takes: `from` at its midnight, `to` at the next day's; a 400 naming `to` when it is before `from`.
 */
export function londonDateSpan(from: unknown, to: unknown): { from?: string; to?: string } {
  const first = checkedDate('from', from);
  const last = checkedDate('to', to);
  if (first && last && last < first) badInput('to', 'The “to” date must be on or after the “from” date.');
  return { from: first ? londonMidnight(first) : undefined, to: last ? londonMidnight(addDays(last, 1)) : undefined };
}
