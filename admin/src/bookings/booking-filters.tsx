import { AutocompleteInput, DateInput, ReferenceInput, SelectInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import { BOOKING_STATUS_LABELS } from '../format/booking-status';

/** Filters of the bookings screen: status, dates (London, both included), therapist and client. */
export const bookingFilters = [
  <SelectInput key="status" source="status" label="Status" choices={choicesOf(BOOKING_STATUS_LABELS)} alwaysOn />,
  <DateInput key="from" source="from" label="Starting from (date)" alwaysOn />,
  <DateInput key="to" source="to" label="Starting up to (date)" alwaysOn />,
  <ReferenceInput key="therapistId" source="therapistId" reference="therapists" filter={{ status: 'APPROVED' }}>
    <AutocompleteInput label="Therapist" optionText="displayName" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="clientId" source="clientId" reference="users" filter={{ role: 'CLIENT' }}>
    <AutocompleteInput label="Client" optionText="displayName" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];
