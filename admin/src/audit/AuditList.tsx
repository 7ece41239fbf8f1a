import { List } from 'react-admin';
import { auditFilters } from './audit-filters';
import { AuditRows } from './AuditRows';

/** Every admin moderation decision and account action, newest first. */
export function AuditList() {
  return (
    <List title="Audit log" filters={auditFilters} perPage={25} sort={{ field: 'at', order: 'DESC' }}>
      <AuditRows empty="No admin actions match these filters." />
    </List>
  );
}
