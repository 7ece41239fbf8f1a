import { CheckboxGroupInput, Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { choicesOf } from '../format/choices';
import { API_SCOPE_LABELS, ORGANISATION_KIND_LABELS } from './labels';

/** Adds an organisation, unverified; the graph checks the ODS code against the kind and says so beside the field. */
export function OrganisationCreate() {
  return (
    <Create title="Add an organisation" redirect="show">
      <SimpleForm>
        <TextInput source="name" label="Name" validate={required()} fullWidth />
        <SelectInput source="kind" label="Kind" choices={choicesOf(ORGANISATION_KIND_LABELS)} validate={required()} />
        <TextInput source="odsCode" label="ODS code" helperText="Required for a GP practice: one letter and five digits, e.g. A81001." />
        <CheckboxGroupInput source="grantedScopes" label="What its systems may do" choices={choicesOf(API_SCOPE_LABELS)} row={false} defaultValue={[]} />
      </SimpleForm>
    </Create>
  );
}
