import { Datagrid, FunctionField, List } from 'react-admin';
import { formatDateTime, formatPence } from '../format/format';
import type { BookingSummaryFragment } from '../gql/graphql';
import { SESSION_FORMAT_LABELS } from '../format/session-format';
import { bookingFilters } from './booking-filters';
import { BOOKING_STATUS_LABELS } from '../format/booking-status';
import { ShowLink } from '../layout/ShowLink';

/** Every booking by start time, latest first; filters by status, dates, therapist and client. No clinical notes. */
export function BookingList() {
  return (
    <List title="Bookings" filters={bookingFilters} sort={{ field: 'startsAt', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<BookingSummaryFragment> source="startsAt" label="Starts" render={(b) => <ShowLink resource="bookings" id={b.id}>{formatDateTime(b.startsAt)}</ShowLink>} />
        <FunctionField<BookingSummaryFragment> label="Status" sortable={false} render={(b) => BOOKING_STATUS_LABELS[b.status]} />
        <FunctionField<BookingSummaryFragment> label="Format" sortable={false} render={(b) => SESSION_FORMAT_LABELS[b.format]} />
        <FunctionField<BookingSummaryFragment> label="Client" sortable={false} render={(b) => b.client?.displayName ?? 'Erased account'} />
        <FunctionField<BookingSummaryFragment> label="Therapist" sortable={false} render={(b) => b.therapist.displayName} />
        <FunctionField<BookingSummaryFragment> label="Fee" sortable={false} render={(b) => formatPence(b.fee?.amountPence) || '—'} />
      </Datagrid>
    </List>
  );
}
