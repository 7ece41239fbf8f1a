import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '@caregraph/kernel';
import type { AccountAuditAction } from './account-audit-action';
import type { AccountAuditArgs } from './account-audit.args';
import { AccountAuditEntry } from './account-audit.entity';
import { AccountAuditPage } from './account-audit-page.type';

/** What an admin did, to be recorded. */
export interface AuditRecord {
  actorId: string;
  subjectId: string;
  action: AccountAuditAction;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Adds a record to the account audit; it is written by the caller's flush, in the caller's transaction. */
export function recordAccountAudit(em: EntityManager, record: AuditRecord): AccountAuditEntry {
  return em.create(AccountAuditEntry, { ...record, reason: record.reason.trim() });
}

/** One page of the account audit, newest first, with the total matching the filter (two statements). */
export async function findAccountAudit(em: EntityManager, args: AccountAuditArgs): Promise<AccountAuditPage> {
  if (args.from && args.to && args.from.getTime() >= args.to.getTime()) throw new UserInputError('to', '`to` must be after `from`.');
  const where: FilterQuery<AccountAuditEntry> = {};
  if (args.subjectId) where.subjectId = args.subjectId;
  if (args.actorId) where.actorId = args.actorId;
  if (args.from || args.to) where.createdAt = { ...(args.from ? { $gte: args.from } : {}), ...(args.to ? { $lt: args.to } : {}) };
  const [items, total] = await em.findAndCount(AccountAuditEntry, where, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    limit: args.limit,
    offset: args.offset,
  });
  return Object.assign(new AccountAuditPage(), { items, total });
}
