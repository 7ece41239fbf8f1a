import type { ApolloClient } from '@apollo/client';
import type { DataProvider, GetListParams, GetManyReferenceParams, Identifier, RaRecord, UpdateManyParams, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';
import type { ListingDetailFragment, ListingSummaryFragment, ModerationQueueItemKind } from '../gql/graphql';
import { toHttpError } from '../graphql/errors';
import { graphListingFilter, graphListingSort } from './listing-filter';
import { matchesListingFilter, pageOf, sortRecords, valueAt, type ListingFilter } from './listing-query';
import { MODERATION, MODERATION_ACTIONS, missingModerationInput, type ModerationAction, type ModerationInput } from './moderation';
import { badInput, offsetWindow, readWindow } from './resource';
import {
  ADMIN_THERAPISTS,
  APPROVE,
  APPROVE_CHANGES,
  DECLINE_CHANGES,
  MARK_HCPC_LAPSED,
  MODERATION_QUEUE,
  REINSTATE,
  REJECT,
  REQUEST_CHANGES,
  SUSPEND,
  THERAPIST,
  VERIFY_HCPC,
} from './operations';

export { LISTING_STATUSES } from './listing-filter';

/**
 * The most entries the moderation queue screen loads. The queue is a cursor list, oldest first,
 * with no filter of its own, so the dashboard reads it whole (it is short: what waits for review)
 * and filters it here. All listings are filtered by the graph (`adminTherapists`).
 */
export const MAX_LISTINGS = 2000;
const PAGE = 100;

/** A row of the moderation queue; its id is the listing's. */
export interface QueueRecord {
  id: string;
  kind: ModerationQueueItemKind;
  waitingSince: string;
  waitingSeconds: number;
  listing: ListingSummaryFragment;
}

/** `update`/`updateMany` data: which moderation step, and what it needs. */
export interface ModerationData extends ModerationInput {
  action: ModerationAction;
}

/** The listings part of the data provider: react-admin's methods, and moderation as a method of its own. */
export interface ListingsDataProvider extends DataProvider {
  /** Runs one moderation step on a listing at `expectedVersion`; answers the listing as it is now. */
  moderate(id: Identifier, action: ModerationAction, input: ModerationInput & { expectedVersion: number }): Promise<{ data: ListingDetailFragment }>;
}

/** The resources this part serves. */
export const LISTING_RESOURCES = ['therapists', 'moderationQueue'] as const;
const RESOURCES = LISTING_RESOURCES;

function assertResource(resource: string): asserts resource is (typeof RESOURCES)[number] {
  if (!(RESOURCES as readonly string[]).includes(resource)) throw new HttpError(`The dashboard has no “${resource}” screen.`, 404, { code: 'NOT_FOUND' });
}

function readOnly(): never {
  throw new HttpError('Listings are created, edited and deleted by their therapists. Admins moderate them with the actions on each listing.', 405, { code: 'FORBIDDEN' });
}

/**
 * The listings screens' data provider, written against the graph's operations (no
 * introspection). Resources: `therapists` (all listings, filtered, ordered and paged by the graph's
 * `adminTherapists`: filters status, condition, format, place, verification, q, userId) and
 * `moderationQueue` (waiting listings, pending first, oldest first). `update` and `updateMany` run
 * moderation steps (`data.action`), so react-admin's undoable mutations work for them; `moderate` is the same step as a custom method. Errors become HttpError (see toHttpError).
 */
export function createListingsProvider(client: ApolloClient): ListingsDataProvider {
  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw toHttpError(error);
    }
  };

  async function queue(filter: ListingFilter & { kind?: ModerationQueueItemKind }): Promise<QueueRecord[]> {
    const items: QueueRecord[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { data } = await client.query({ query: MODERATION_QUEUE, variables: { first: PAGE, after } });
      const page = data!.moderationQueue;
      items.push(...page.edges.map(({ node }) => ({ id: node.listing.id, kind: node.kind, waitingSince: node.waitingSince, waitingSeconds: node.waitingSeconds, listing: node.listing })));
      if (items.length > MAX_LISTINGS || !page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return items.filter((item) => (!filter.kind || item.kind === filter.kind) && matchesListingFilter(item.listing, { ...filter, status: undefined }));
  }

  /** Listing reviews before pending changes, then the longest waiting first. */
  function queueOrder(items: QueueRecord[]): QueueRecord[] {
    const rank = (item: QueueRecord) => (item.kind === 'LISTING_REVIEW' ? 0 : 1);
    return [...items].sort((a, b) => rank(a) - rank(b) || Date.parse(a.waitingSince) - Date.parse(b.waitingSince));
  }

  /** All listings: filtered, ordered and paged by the graph (`adminTherapists`), read in pages of at most 100. */
  async function listings(params: GetListParams): Promise<{ data: ListingSummaryFragment[]; total: number }> {
    const filter = graphListingFilter((params.filter ?? {}) as ListingFilter);
    const sort = graphListingSort(params.sort);
    const { offset, limit } = offsetWindow(params);
    const { items, total } = await readWindow(offset, limit, async (o, l) => {
      const { data } = await client.query({ query: ADMIN_THERAPISTS, variables: { filter, sort, offset: o, limit: l } });
      return data!.adminTherapists;
    });
    return { data: items, total };
  }

  async function getList(resource: string, params: GetListParams) {
    assertResource(resource);
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    if (resource === 'therapists') return listings(params);
    const filter = (params.filter ?? {}) as ListingFilter & { kind?: ModerationQueueItemKind };
    const items = await queue(filter);
    const field = params.sort?.field;
    const records: RaRecord[] = !field || field === 'queue' || field === 'id' ? queueOrder(items) : sortRecords(items, field, params.sort!.order);
    return { data: pageOf(records, page, perPage), total: records.length };
  }

  async function getOne(resource: string, id: Identifier): Promise<ListingDetailFragment> {
    assertResource(resource);
    const { data } = await client.query({ query: THERAPIST, variables: { id: String(id) } });
    if (!data?.therapist) throw new HttpError('There is no listing with this id (it may have been deleted).', 404, { code: 'NOT_FOUND' });
    return data.therapist;
  }

  async function moderate(id: Identifier, action: ModerationAction, input: ModerationInput & { expectedVersion: number }): Promise<{ data: ListingDetailFragment }> {
    if (!MODERATION_ACTIONS.includes(action)) throw new HttpError(`Unknown moderation action “${String(action)}”.`, 400, { code: 'BAD_USER_INPUT' });
    const missing = missingModerationInput(action, input);
    if (missing) throw new HttpError(missing, 400, { code: 'BAD_USER_INPUT', errors: { [missing.startsWith('Register expiry date') ? 'registerExpiresOn' : 'reason']: missing } });
    const base = { id: String(id), expectedVersion: input.expectedVersion };
    const reason = input.reason?.trim() || undefined;
    const expiry = input.registerExpiresOn || undefined;
    return run(async () => {
      switch (action) {
        case 'approve':
          return { data: (await client.mutate({ mutation: APPROVE, variables: { ...base, note: reason, hcpcRegisterExpiresOn: expiry } })).data!.approveTherapistListing };
        case 'requestChanges':
          return { data: (await client.mutate({ mutation: REQUEST_CHANGES, variables: { ...base, message: reason! } })).data!.requestTherapistListingChanges };
        case 'reject':
          return { data: (await client.mutate({ mutation: REJECT, variables: { ...base, reason: reason! } })).data!.rejectTherapistListing };
        case 'suspend':
          return { data: (await client.mutate({ mutation: SUSPEND, variables: { ...base, reason: reason! } })).data!.suspendTherapistListing };
        case 'reinstate':
          return { data: (await client.mutate({ mutation: REINSTATE, variables: { ...base, reason: reason! } })).data!.reinstateTherapistListing };
        case 'approveChanges':
          return { data: (await client.mutate({ mutation: APPROVE_CHANGES, variables: { ...base, note: reason, hcpcRegisterExpiresOn: expiry } })).data!.approveTherapistListingChanges };
        case 'declineChanges':
          return { data: (await client.mutate({ mutation: DECLINE_CHANGES, variables: { ...base, reason: reason! } })).data!.declineTherapistListingChanges };
        case 'verifyHcpc':
          return { data: (await client.mutate({ mutation: VERIFY_HCPC, variables: { ...base, registerExpiresOn: expiry!, notes: reason } })).data!.verifyTherapistHcpcRegistration };
        case 'markHcpcLapsed':
          return { data: (await client.mutate({ mutation: MARK_HCPC_LAPSED, variables: { ...base, notes: reason } })).data!.markTherapistHcpcLapsed };
      }
    });
  }

  /** The version to send for `id`: the one the screen showed, else the current one. */
  async function versionOf(id: Identifier, known: unknown): Promise<number> {
    if (typeof known === 'number') return known;
    return (await getOne('therapists', id)).version;
  }

  function moderationData(data: unknown): ModerationData {
    const value = data as Partial<ModerationData> | undefined;
    if (!value?.action) readOnly();
    return value as ModerationData;
  }

  const provider: ListingsDataProvider = {
    getList: (resource, params) => run(() => getList(resource, params)) as never,
    getOne: (resource, params) => run(async () => ({ data: await getOne(resource, params.id) })) as never,
    getMany: (resource, params) => run(async () => ({ data: await Promise.all(params.ids.map((id) => getOne(resource, id))) })) as never,
    getManyReference: (resource, params: GetManyReferenceParams) =>
      run(async () => {
        assertResource(resource);
        if (resource === 'therapists') {
          // The graph filters listings by these; a user's listing is `userId`.
          if (params.target !== 'status' && params.target !== 'userId') badInput(params.target, `Listings can be listed by status or account, not by ${params.target}.`);
          return listings({ pagination: params.pagination, sort: params.sort, filter: { ...params.filter, [params.target]: params.id } });
        }
        const all = await getList(resource, { pagination: { page: 1, perPage: MAX_LISTINGS }, sort: params.sort, filter: params.filter });
        const matching = all.data.filter((record) => String(valueAt(record, params.target)) === String(params.id));
        return { data: pageOf(matching, params.pagination.page, params.pagination.perPage), total: matching.length };
      }) as never,
    update: (resource, params: UpdateParams) =>
      run(async () => {
        assertResource(resource);
        const { action, ...input } = moderationData(params.data);
        const expectedVersion = await versionOf(params.id, (params.previousData as { version?: number; listing?: { version?: number } } | undefined)?.version ?? (params.previousData as { listing?: { version?: number } })?.listing?.version);
        return moderate(params.id, action, { ...input, expectedVersion });
      }) as never,
    updateMany: (resource, params: UpdateManyParams) =>
      run(async () => {
        assertResource(resource);
        const { action, ...input } = moderationData(params.data);
        const versions = (params.meta?.versions ?? {}) as Record<string, number>;
        const outcomes = await Promise.allSettled(
          params.ids.map(async (id) => moderate(id, action, { ...input, expectedVersion: await versionOf(id, versions[String(id)]) })),
        );
        const done = params.ids.filter((_, i) => outcomes[i].status === 'fulfilled');
        const failed = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [{ id: params.ids[i], error: toHttpError(outcome.reason) }] : []));
        if (failed.length) {
          const label = MODERATION[action].label.toLowerCase();
          const detail = failed.map((f) => f.error.message).filter((m, i, all) => all.indexOf(m) === i).join(' ');
          throw new HttpError(`Could not ${label} ${failed.length} of ${params.ids.length} listings${done.length ? ` (${done.length} done)` : ''}: ${detail}`, failed[0].error.status, { code: failed[0].error.body?.code, done, failed: failed.map((f) => f.id) });
        }
        return { data: done };
      }) as never,
    create: async () => readOnly(),
    delete: async () => readOnly(),
    deleteMany: async () => readOnly(),
    moderate,
  };
  return provider;
}
