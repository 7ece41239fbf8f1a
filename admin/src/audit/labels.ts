import { ACTION_LABELS } from '../therapists/labels';
import { ACCOUNT_ACTION_LABELS } from '../users/labels';
import type { AuditRecord, AuditSource } from './audit-resource';

export const SOURCE_LABELS: Record<AuditSource, string> = { MODERATION: 'Listing moderation', ACCOUNT: 'Account action', BREAK_GLASS: 'Break-glass access' };

/** What happened, in words. */
export function auditActionLabel(record: AuditRecord): string {
  if (record.source === 'BREAK_GLASS') return 'Care plan opened with break-glass';
  return record.source === 'MODERATION' ? (ACTION_LABELS as Record<string, string>)[record.action] ?? record.action : (ACCOUNT_ACTION_LABELS as Record<string, string>)[record.action] ?? record.action;
}
