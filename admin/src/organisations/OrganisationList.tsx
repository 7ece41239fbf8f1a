import { Datagrid, DateField, FunctionField, List, SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import type { OrganisationSummaryFragment } from '../gql/graphql';
import { ShowLink } from '../layout/ShowLink';
import { ORGANISATION_KIND_LABELS, VERIFIED_CHOICES } from './labels';

const filters = [
  <TextInput key="q" source="q" label="Search name or ODS code" alwaysOn resettable />,
  <SelectInput key="kind" source="kind" label="Kind" choices={choicesOf(ORGANISATION_KIND_LABELS)} alwaysOn />,
  <SelectInput key="verified" source="verified" label="Verified" choices={VERIFIED_CHOICES} />,
];

const dateOptions = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** Organisations, those waiting to be verified first, then by name. */
export function OrganisationList() {
  return (
    <List title="Organisations" filters={filters} perPage={25} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<OrganisationSummaryFragment> source="name" label="Name" sortable={false} render={(o) => <ShowLink resource="organisations" id={o.id}>{o.name}</ShowLink>} />
        <FunctionField<OrganisationSummaryFragment> label="Kind" sortable={false} render={(o) => ORGANISATION_KIND_LABELS[o.kind] ?? o.kind} />
        <FunctionField<OrganisationSummaryFragment> label="ODS code" sortable={false} render={(o) => o.odsCode ?? '—'} />
        <FunctionField<OrganisationSummaryFragment> label="Verified" sortable={false} render={(o) => (o.verified ? 'Verified' : 'Waiting to be verified')} />
        <DateField source="createdAt" label="Added" sortable={false} locales="en-GB" options={dateOptions} />
      </Datagrid>
    </List>
  );
}
