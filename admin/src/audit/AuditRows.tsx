import { Typography } from '@mui/material';
import { Datagrid, FunctionField, Link } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { AuditRecord } from './audit-handler';
import { SOURCE_LABELS, auditActionLabel } from './labels';

/** The record an entry is about, as a link to its page. */
function RecordLink({ record }: { record: AuditRecord }) {
  if (!record.record.id) return <>{record.record.label ?? '—'}</>;
  const [resource, kind] = { LISTING: ['therapists', 'Listing'], ACCOUNT: ['users', 'Account'], CARE_PLAN: ['carePlans', 'Care plan'] }[record.record.type];
  const to = `/${resource}/${record.record.id}/show`;
  return (
    <Link to={to}>
      {kind}: {record.record.label ?? `${record.record.id.slice(0, 8)}…`}
    </Link>
  );
}

/** Audit entries as rows (the audit log screen, and an account's own actions). */
export function AuditRows({ empty }: { empty?: string }) {
  return (
    <Datagrid rowClick={false} bulkActionButtons={false} empty={empty ? <Typography>{empty}</Typography> : undefined}>
      <FunctionField<AuditRecord> label="When" render={(r) => formatDateTime(r.at)} />
      <FunctionField<AuditRecord> label="Kind" render={(r) => SOURCE_LABELS[r.source]} />
      <FunctionField<AuditRecord> label="What" render={(r) => auditActionLabel(r) + (r.change ? ` (${r.change.replace(/_/g, ' ').toLowerCase()})` : '')} />
      <FunctionField<AuditRecord> label="By" render={(r) => r.actor?.displayName ?? 'Account no longer exists'} />
      <FunctionField<AuditRecord> label="Record" render={(r) => <RecordLink record={r} />} />
      <FunctionField<AuditRecord> label="Reason" render={(r) => r.reason ?? ''} />
    </Datagrid>
  );
}
