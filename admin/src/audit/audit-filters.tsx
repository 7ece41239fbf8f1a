import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { AUDIT_SOURCES } from './audit-handler';
import { SOURCE_LABELS } from './labels';

/** Filters of the audit log: kind, admin, record and dates (every one labelled). */
export const auditFilters = [
  <SelectInput key="source" source="source" label="Kind" choices={AUDIT_SOURCES.map((id) => ({ id, name: SOURCE_LABELS[id] }))} alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="users" filter={{ role: 'ADMIN' }} alwaysOn>
    <AutocompleteInput label="Admin" optionText="displayName" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <TextInput key="recordId" source="recordId" label="Listing, account or care plan id" />,
  <DateInput key="from" source="from" label="From (date)" alwaysOn />,
  <DateInput key="to" source="to" label="To (date)" alwaysOn />,
];
