import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { AuditList } from './AuditList';

/** Moderation decisions, account actions and break-glass uses, newest first; data: audit-handler.ts. */
export const auditLog: ResourceProps = {
  name: 'auditLog',
  list: AuditList,
  icon: HistoryIcon,
  options: { label: 'Audit log' },
};
