import { Datagrid, FunctionField, List } from 'react-admin';
import { formatDate } from '../format/format';
import type { CarePlanStatusViewFragment } from '../gql/graphql';
import { carePlanFilters } from './care-plan-filters';
import { CARE_PLAN_STATUS_LABELS } from './labels';
import { ShowLink } from '../layout/ShowLink';

/** Every care plan: that it exists, its status and whose it is. Never its content. */
export function CarePlanList() {
  return (
    <List title="Care plans" filters={carePlanFilters} perPage={25} sort={{ field: 'updatedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<CarePlanStatusViewFragment> label="Client" sortable={false} render={(p) => <ShowLink resource="carePlans" id={p.id}>{p.client?.displayName ?? 'Erased account'}</ShowLink>} />
        <FunctionField<CarePlanStatusViewFragment> label="Therapist" sortable={false} render={(p) => p.therapist.displayName} />
        <FunctionField<CarePlanStatusViewFragment> label="Status" sortable={false} render={(p) => CARE_PLAN_STATUS_LABELS[p.status]} />
        <FunctionField<CarePlanStatusViewFragment> label="Created" sortable={false} render={(p) => formatDate(p.createdAt)} />
        <FunctionField<CarePlanStatusViewFragment> label="Last changed" sortable={false} render={(p) => formatDate(p.updatedAt)} />
      </Datagrid>
    </List>
  );
}
