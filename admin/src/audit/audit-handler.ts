import type { ApolloClient } from '@apollo/client';
import type { GetListParams } from 'ra-core';
import type { AccountAuditAction, ListingAction } from '../gql/graphql';
import { checkedId, londonDateSpan } from '../resource-kit/checks';
import { badInput, notAllowed, onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ACCOUNT_AUDIT, BREAK_GLASS_ACCESSES, MODERATION_EVENTS } from './operations';

/** Where an audit entry comes from. */
export type AuditSource = 'MODERATION' | 'ACCOUNT' | 'BREAK_GLASS';
export const AUDIT_SOURCES: AuditSource[] = ['MODERATION', 'ACCOUNT', 'BREAK_GLASS'];

/** The moderation events that are admin decisions (the therapist's own steps are not audited here). */
export const ADMIN_LISTING_ACTIONS: ListingAction[] = ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED', 'REINSTATED', 'CHANGES_APPROVED', 'CHANGES_DECLINED', 'HCPC_VERIFIED', 'HCPC_LAPSED'];

/** One row of the audit log, whatever its source. */
export interface AuditRecord {
  /** `<source>:<id of the entry in its source>`, unique across sources. */
  id: string;
  source: AuditSource;
  at: string;
  action: ListingAction | AccountAuditAction | 'BREAK_GLASS';
  actor: { id: string; displayName: string } | null;
  /** What was acted on: a listing, an account or a care plan. */
  record: { type: 'LISTING' | 'ACCOUNT' | 'CARE_PLAN'; id: string; label: string | null };
  reason: string | null;
  /** What changed, when the source says (a role change: `CLIENT → THERAPIST`). */
  change: string | null;
}

/** Filters of the audit log screen: dates are London calendar dates, both ends included. */
export interface AuditFilter {
  source?: AuditSource;
  actorId?: string;
  recordId?: string;
  from?: string;
  to?: string;
}

type Fetch = (offset: number, limit: number) => Promise<{ items: AuditRecord[]; total: number }>;

/**
 * The `auditLog` resource, read-only: admin moderation decisions (therapists), account actions
 * (accounts) and break-glass uses (care-plans) merged newest first, filterable by source, actor, record and date. Each source is
 * read from its start up to the end of the page asked for, then the two are merged.
 */
export function auditLogHandler(client: ApolloClient): ResourceHandler {
  const moderation = (filter: { from?: string; to?: string } & { actorId?: string; recordId?: string }): Fetch => async (offset, limit) => {
    const { data } = await client.query({
      query: MODERATION_EVENTS,
      variables: { filter: { actorId: filter.actorId, listingId: filter.recordId, actions: ADMIN_LISTING_ACTIONS, from: filter.from, to: filter.to }, offset, limit },
    });
    const page = data!.adminModerationEvents;
    return {
      total: page.total,
      items: page.items.map((e) => ({
        id: `MODERATION:${e.id}`,
        source: 'MODERATION' as const,
        at: e.occurredAt,
        action: e.action,
        actor: e.actor,
        record: { type: 'LISTING' as const, id: e.listing?.id ?? '', label: e.listing?.displayName ?? null },
        reason: e.reason,
        change: e.fromStatus && e.fromStatus !== e.toStatus ? `${e.fromStatus} → ${e.toStatus}` : null,
      })),
    };
  };

  const accounts = (filter: { from?: string; to?: string } & { actorId?: string; recordId?: string }): Fetch => async (offset, limit) => {
    const { data } = await client.query({
      query: ACCOUNT_AUDIT,
      variables: { actorId: filter.actorId, subjectId: filter.recordId, from: filter.from, to: filter.to, offset, limit },
    });
    const page = data!.adminAccountAudit;
    return {
      total: page.total,
      items: page.items.map((e) => ({
        id: `ACCOUNT:${e.id}`,
        source: 'ACCOUNT' as const,
        at: e.createdAt,
        action: e.action,
        actor: e.actor,
        record: { type: 'ACCOUNT' as const, id: e.subjectId, label: e.subject?.displayName ?? null },
        reason: e.reason,
        change: e.action === 'ROLE_CHANGE' && e.before.role && e.after.role ? `${String(e.before.role)} → ${String(e.after.role)}` : null,
      })),
    };
  };

  const breakGlass = (filter: { from?: string; to?: string } & { actorId?: string; recordId?: string }): Fetch => async (offset, limit) => {
    const { data } = await client.query({
      query: BREAK_GLASS_ACCESSES,
      variables: { actorId: filter.actorId, carePlanId: filter.recordId, from: filter.from, to: filter.to, offset, limit },
    });
    const page = data!.breakGlassAccesses;
    return {
      total: page.total,
      items: page.items.map((e) => ({
        id: `BREAK_GLASS:${e.id}`,
        source: 'BREAK_GLASS' as const,
        at: e.at,
        action: 'BREAK_GLASS' as const,
        actor: e.actor,
        record: { type: 'CARE_PLAN' as const, id: e.carePlanId, label: null },
        reason: e.reason ?? null,
        change: null,
      })),
    };
  };
  const fetchers: Record<AuditSource, typeof moderation> = { MODERATION: moderation, ACCOUNT: accounts, BREAK_GLASS: breakGlass };

  return {
    async getList(params: GetListParams) {
      const filter = (params.filter ?? {}) as AuditFilter;
      if (filter.source && !AUDIT_SOURCES.includes(filter.source)) badInput('source', 'Choose moderation decisions, account actions or break-glass uses.');
      const wanted = { ...londonDateSpan(filter.from, filter.to), actorId: checkedId('actorId', filter.actorId, 'Admin'), recordId: checkedId('recordId', filter.recordId, 'Listing, account or care plan id') };
      const sources = (filter.source ? [filter.source] : AUDIT_SOURCES).map((source) => fetchers[source](wanted));
      const { offset, limit } = offsetWindow(params);
      // Everything up to the end of this page from each source: the page of the merge is among them.
      const parts = await Promise.all(sources.map((fetch) => readWindow(0, offset + limit, fetch)));
      const merged = parts.flatMap((p) => p.items).sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
      return { data: merged.slice(offset, offset + limit), total: parts.reduce((sum, p) => sum + p.total, 0) };
    },
    getOne: async () => notAllowed('Audit entries are shown in the audit log list; they have no page of their own.'),
    referenceFilter: (target, id) => {
      if (target !== 'recordId' && target !== 'actorId') badInput(target, `The audit log can be narrowed to a record or an admin, not by ${target}.`);
      return { [target]: id };
    },
    readOnlyMessage: onlyReads('the audit log'),
  };
}
