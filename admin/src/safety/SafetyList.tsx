import { Typography } from '@mui/material';
import { Datagrid, FunctionField, List } from 'react-admin';
import { formatDateTime } from '../format/format';
import type { AdminEscalatedRiskFlagsQuery } from '../gql/graphql';
import { ShowLink } from '../layout/ShowLink';

type EscalatedFlag = AdminEscalatedRiskFlagsQuery['escalatedRiskFlags']['items'][number];

const hours = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;

/**
 * Risk flags escalated to the admins and still unacknowledged, waiting longest first. Each links to its
 * care plan, whose content opens only with break-glass.
 */
export function SafetyList() {
  return (
    <List title="Safety: escalated risk flags" perPage={25} sort={{ field: 'raisedAt', order: 'ASC' }} exporter={false}>
      <Typography variant="body2" sx={{ p: 2 }}>
        Risk flags the therapist has not acknowledged within the escalation time. Contact the therapist; open the care plan with break-glass only if the client’s safety requires it.
      </Typography>
      <Datagrid bulkActionButtons={false} empty={<p style={{ padding: 16 }}>No escalated risk flags are waiting: every one has been acknowledged.</p>}>
        <FunctionField<EscalatedFlag> label="Care plan" sortable={false} render={(f) => <ShowLink resource="carePlans" id={f.carePlanId}>Open the care plan</ShowLink>} />
        <FunctionField<EscalatedFlag> label="Raised" sortable={false} render={(f) => formatDateTime(f.raisedAt)} />
        <FunctionField<EscalatedFlag> label="Escalated" sortable={false} render={(f) => formatDateTime(f.escalatedAt)} />
        <FunctionField<EscalatedFlag> label="Open for" sortable={false} render={(f) => hours(f.hoursOpen)} />
        <FunctionField<EscalatedFlag> label="Flag id" sortable={false} render={(f) => <code>{f.id}</code>} />
      </Datagrid>
    </List>
  );
}
