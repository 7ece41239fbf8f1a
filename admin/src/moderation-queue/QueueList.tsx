import { Datagrid, DateField, FunctionField, List, SelectInput } from 'react-admin';
import type { QueueRecord } from './queue-handler';
import { formatWait } from '../format/format';
import { BulkModerationButtons } from '../therapists/BulkModerationButtons';
import { HCPC_VERIFICATION_LABELS } from '../format/hcpc-verification';
import { LISTING_STATUS_LABELS } from '../format/listing-status';
import { ShowLink } from '../layout/ShowLink';

const KIND_LABELS = { LISTING_REVIEW: 'New listing', PENDING_CHANGES: 'Changes to a live listing' } as const;
const filters = [<SelectInput key="kind" source="kind" label="What to review" choices={Object.entries(KIND_LABELS).map(([id, name]) => ({ id, name }))} alwaysOn />];

/** Listings waiting for an admin: new listings first, then the longest waiting. */
export function QueueList() {
  return (
    <List title="Moderation queue" filters={filters} sort={{ field: 'queue', order: 'ASC' }} perPage={25} empty={<p role="status">Nothing is waiting for review.</p>}>
      <Datagrid rowClick={(id) => `/therapists/${id}/show`} bulkActionButtons={<BulkModerationButtons resource="moderationQueue" />}>
        <FunctionField<QueueRecord> label="Name" sortable={false} render={(r) => <ShowLink resource="therapists" id={r.id}>{r.listing.displayName}</ShowLink>} />
        <FunctionField<QueueRecord> source="kind" label="To review" render={(r) => KIND_LABELS[r.kind]} sortable={false} />
        <FunctionField<QueueRecord> label="Status" render={(r) => LISTING_STATUS_LABELS[r.listing.status]} sortable={false} />
        <FunctionField<QueueRecord> label="HCPC check" render={(r) => HCPC_VERIFICATION_LABELS[r.listing.hcpcVerification.status]} sortable={false} />
        <DateField source="waitingSince" label="Waiting since" locales="en-GB" showTime options={{ day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }} sortable={false} />
        <FunctionField<QueueRecord> source="waitingSeconds" label="Time waited" render={(r) => formatWait(r.waitingSeconds)} sortable={false} />
      </Datagrid>
    </List>
  );
}
