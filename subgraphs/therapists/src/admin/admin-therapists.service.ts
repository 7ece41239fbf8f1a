import { raw, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sortDirection } from '@caregraph/runtime';
import { Therapist } from '../therapists/therapist.entity';
import { adminTherapistConditions } from './admin-therapist-conditions';
import { AdminTherapistPage } from './admin-therapist-page.type';
import { AdminTherapistSortField } from './admin-therapist-sort.input';
import type { AdminTherapistsArgs } from './admin-therapists.args';

function orderFor(args: AdminTherapistsArgs): QueryOrderMap<Therapist>[] {
  const field = args.sort?.field ?? AdminTherapistSortField.UPDATED_AT;
  const order = sortDirection(args.sort?.order);
  const first = {
    [AdminTherapistSortField.UPDATED_AT]: { updatedAt: order },
    [AdminTherapistSortField.CREATED_AT]: { createdAt: order },
    [AdminTherapistSortField.DISPLAY_NAME]: { [raw('lower(t.display_name)')]: order },
    [AdminTherapistSortField.STATUS]: { status: order },
    [AdminTherapistSortField.CITY]: { [raw('lower(t.city)')]: `${order} nulls last` },
  }[field] as QueryOrderMap<Therapist>;
  return [first, { id: 'asc' }];
}

/**
 * One page of every listing for admins, whatever its status, with the number matching the filter:
 * two statements at any page size (the page and the count). What an admin reads of each listing is
 * decided by the Therapist field resolvers, as anywhere else.
 */
export async function findTherapistsForAdmin(em: EntityManager, args: AdminTherapistsArgs): Promise<AdminTherapistPage> {
  const qb = em.createQueryBuilder(Therapist, 't').select('*');
  for (const condition of adminTherapistConditions(args.filter ?? {})) qb.andWhere(condition.sql, condition.bindings);
  qb.orderBy(orderFor(args)).limit(args.limit).offset(args.offset);
  const [items, total] = await qb.getResultAndCount();
  return Object.assign(new AdminTherapistPage(), { items, total });
}
