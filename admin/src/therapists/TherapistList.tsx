import { Datagrid, DateField, FunctionField, List, TextField } from 'react-admin';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import type { ListingSummaryFragment } from '../gql/graphql';
import { BulkModerationButtons } from './BulkModerationButtons';
import { labelList } from '../format/choices';
import { HCPC_VERIFICATION_LABELS } from '../format/hcpc-verification';
import { LISTING_STATUS_LABELS } from '../format/listing-status';
import { SESSION_FORMAT_LABELS } from '../format/session-format';
import { listingFilters } from './listing-filters';
import { ShowLink } from '../layout/ShowLink';

const dateOptions = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** Every listing, whatever its status, with filters; select rows to approve or reject them together. */
export function TherapistList() {
  return (
    <List title="All listings" filters={listingFilters} sort={{ field: 'displayName', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={<BulkModerationButtons resource="therapists" />}>
        <FunctionField<ListingSummaryFragment> source="displayName" label="Name" render={(r) => <ShowLink resource="therapists" id={r.id}>{r.displayName}</ShowLink>} />
        <FunctionField<ListingSummaryFragment> source="status" label="Status" render={(r) => LISTING_STATUS_LABELS[r.status]} />
        <TextField source="hcpcNumber" label="HCPC number" sortable={false} />
        <FunctionField<ListingSummaryFragment> source="hcpcVerification.status" label="HCPC check" sortable={false} render={(r) => HCPC_VERIFICATION_LABELS[r.hcpcVerification.status]} />
        <FunctionField<ListingSummaryFragment> label="Conditions" sortable={false} render={(r) => labelList(r.conditions, CONDITION_LABELS)} />
        <FunctionField<ListingSummaryFragment> label="Formats" sortable={false} render={(r) => labelList(r.sessionFormats, SESSION_FORMAT_LABELS)} />
        <FunctionField<ListingSummaryFragment> source="city" label="Where" render={(r) => [r.city, r.outwardCode].filter(Boolean).join(', ')} />
        <DateField source="createdAt" label="Created" locales="en-GB" options={dateOptions} />
      </Datagrid>
    </List>
  );
}
