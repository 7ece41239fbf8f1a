import { LISTING_ACTION_LABELS } from '../format/listing-action';
import type { AccountAuditAction } from '../gql/graphql';
import type { AuditRecord, AuditSource } from './audit-handler';

/** What an admin did to an account, as the account audit records it. */
export const ACCOUNT_ACTION_LABELS: Record<AccountAuditAction, string> = {
  LOCK: 'Account locked',
  UNLOCK: 'Account unlocked',
  ROLE_CHANGE: 'Role changed',
};

export const SOURCE_LABELS: Record<AuditSource, string> = { MODERATION: 'Listing moderation', ACCOUNT: 'Account action', BREAK_GLASS: 'Break-glass access' };

/** What happened, in words. */
export function auditActionLabel(record: AuditRecord): string {
  if (record.source === 'BREAK_GLASS') return 'Care plan opened with break-glass';
  return record.source === 'MODERATION' ? (LISTING_ACTION_LABELS as Record<string, string>)[record.action] ?? record.action : (ACCOUNT_ACTION_LABELS as Record<string, string>)[record.action] ?? record.action;
}
