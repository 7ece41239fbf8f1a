import { registerEnumType } from 'type-graphql';

/**
 * Direction of an admin list's order. A value type shared with the accounts subgraph
 * (`adminUsers`): name, values and descriptions must stay identical in both.
 */
export enum AdminSortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(AdminSortOrder, {
  name: 'AdminSortOrder',
  description: 'Which way an admin list is ordered (react-admin’s `sort.order`).',
  valuesConfig: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  },
});
