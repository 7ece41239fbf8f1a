import { Tooltip } from '@mui/material';
import { Datagrid, FunctionField, List } from 'react-admin';
import { DELIVERY_CHANNEL_MEANINGS, DELIVERY_CHANNEL_NAMES, DELIVERY_STATUS_MEANINGS, DELIVERY_STATUS_NAMES, NOTIFICATION_KIND_NAMES } from '../format/delivery';
import { formatDateTime } from '../format/format';
import type { DeliveryRowFragment } from '../gql/graphql';
import { deliveryFilters } from './delivery-filters';
import { RetryButton } from './RetryButton';
import { ROLE_LABELS } from '../users/labels';

/** Every delivery of a notification, newest first, with Retry on the dead ones. Never its text, recipient or address. */
export function DeliveryList() {
  return (
    <List title="Deliveries" filters={deliveryFilters} perPage={25} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} empty={<p style={{ padding: 16 }}>No deliveries match these filters.</p>}>
        <FunctionField<DeliveryRowFragment> label="Planned" sortable={false} render={(d) => formatDateTime(d.createdAt)} />
        <FunctionField<DeliveryRowFragment> label="Kind" sortable={false} render={(d) => NOTIFICATION_KIND_NAMES[d.kind] ?? d.kind} />
        <FunctionField<DeliveryRowFragment>
          label="Channel"
          sortable={false}
          render={(d) => (
            <Tooltip title={DELIVERY_CHANNEL_MEANINGS[d.channel] ?? ''}>
              <span>{DELIVERY_CHANNEL_NAMES[d.channel] ?? d.channel}</span>
            </Tooltip>
          )}
        />
        <FunctionField<DeliveryRowFragment> label="Recipient’s role" sortable={false} render={(d) => ROLE_LABELS[d.recipientRole] ?? d.recipientRole} />
        <FunctionField<DeliveryRowFragment>
          label="Status"
          sortable={false}
          render={(d) => (
            <Tooltip title={DELIVERY_STATUS_MEANINGS[d.status] ?? ''}>
              <span data-status={d.status}>{DELIVERY_STATUS_NAMES[d.status] ?? d.status}</span>
            </Tooltip>
          )}
        />
        <FunctionField<DeliveryRowFragment> label="Failed attempts" sortable={false} render={(d) => d.attempts} />
        <FunctionField<DeliveryRowFragment> label="Last error" sortable={false} render={(d) => d.lastError ?? ''} />
        <FunctionField<DeliveryRowFragment> label="Delivered" sortable={false} render={(d) => formatDateTime(d.deliveredAt)} />
        <FunctionField<DeliveryRowFragment> label="Action" sortable={false} render={() => <RetryButton />} />
      </Datagrid>
    </List>
  );
}
