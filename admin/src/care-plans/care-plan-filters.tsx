import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import { CARE_PLAN_STATUS_LABELS } from './labels';

/** Filters of the care plans screen: status, therapist and client. */
export const carePlanFilters = [
  <SelectInput key="status" source="status" label="Status" choices={choicesOf(CARE_PLAN_STATUS_LABELS)} alwaysOn />,
  <ReferenceInput key="therapistId" source="therapistId" reference="therapists" filter={{ status: 'APPROVED' }}>
    <AutocompleteInput label="Therapist" optionText="displayName" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="clientId" source="clientId" reference="users" filter={{ role: 'CLIENT' }}>
    <AutocompleteInput label="Client" optionText="displayName" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];
