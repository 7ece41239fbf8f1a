import { FUNDING_ROUTE_LABELS, REFERRAL_URGENCY_LABELS } from '@caregraph/client-kit/labels';
import { AutocompleteInput, Datagrid, FunctionField, List, ReferenceInput, SelectInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import { formatDateTime } from '../format/format';
import type { ReferralSummaryFragment } from '../gql/graphql';
import { REFERRAL_ORIGIN_WORDS, REFERRAL_STATUS_WORDS } from './labels';

const referralFilters = [
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" alwaysOn>
    <AutocompleteInput label="Organisation" optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" label="Status" choices={choicesOf(REFERRAL_STATUS_WORDS)} alwaysOn />,
];

/** Referrals newest first, by organisation and state: where each stands, never what it says. */
export function ReferralList() {
  return (
    <List title="Referrals" filters={referralFilters} perPage={25} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField<ReferralSummaryFragment> source="createdAt" label="Sent" sortable={false} render={(r) => formatDateTime(r.createdAt)} />
        <FunctionField<ReferralSummaryFragment> label="Status" sortable={false} render={(r) => REFERRAL_STATUS_WORDS[r.status]} />
        <FunctionField<ReferralSummaryFragment> label="Since" sortable={false} render={(r) => formatDateTime(r.statusChangedAt)} />
        <FunctionField<ReferralSummaryFragment> label="From" sortable={false} render={(r) => REFERRAL_ORIGIN_WORDS[r.origin]} />
        <FunctionField<ReferralSummaryFragment> label="Urgency" sortable={false} render={(r) => REFERRAL_URGENCY_LABELS[r.urgency]} />
        <FunctionField<ReferralSummaryFragment> label="Funding" sortable={false} render={(r) => FUNDING_ROUTE_LABELS[r.fundingRoute]} />
        <FunctionField<ReferralSummaryFragment> label="Therapist" sortable={false} render={(r) => r.therapist.displayName} />
      </Datagrid>
    </List>
  );
}
