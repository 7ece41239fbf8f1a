import type { GetListParams } from 'ra-core';
import { HttpError } from 'ra-core';

/** The records an admin list may load in one go (chunks of the graph's largest page). */
export const MAX_RECORDS = 2000;
/** The graph's largest page (docs/adr/014). */
export const GRAPH_PAGE = 100;

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
