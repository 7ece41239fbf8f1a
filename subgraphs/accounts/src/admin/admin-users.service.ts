import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertSpanOrder, sortDirection } from '@caregraph/runtime';
import { User } from '../users/user.entity';
import { AdminUserPage } from './admin-user-page.type';
import { AdminUserSortField, type AdminUsersArgs } from './admin-users.args';

/** Escapes LIKE's wildcards, so a search for "a_b" finds "a_b" only. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function orderFor(args: AdminUsersArgs): QueryOrderMap<User>[] {
  const field = args.sort?.field ?? AdminUserSortField.CREATED_AT;
  const order = sortDirection(args.sort?.order);
  const first: QueryOrderMap<User> = {
    [AdminUserSortField.CREATED_AT]: { createdAt: order },
    [AdminUserSortField.EMAIL]: { [raw('lower(email)')]: order },
    [AdminUserSortField.DISPLAY_NAME]: { [raw('lower(display_name)')]: order },
    [AdminUserSortField.ROLE]: { role: order },
  }[field] as QueryOrderMap<User>;
  return [first, { id: 'asc' }];
}

/**
 * One page of accounts for the admin list, with the number matching the filter: search in
 * e-mail and display name (any letter case), role, locked or not, when the account was opened.
 */
export async function listUsersForAdmin(em: EntityManager, args: AdminUsersArgs): Promise<AdminUserPage> {
  const { createdFrom, createdBefore } = args.filter ?? {};
  assertSpanOrder(createdFrom, createdBefore, { from: 'filter.createdFrom', to: 'filter.createdBefore' });
  const where: FilterQuery<User> = {};
  const search = args.filter?.search?.trim();
  if (search) {
    const pattern = `%${likeLiteral(search)}%`;
    where.$or = [{ email: { $ilike: pattern } }, { displayName: { $ilike: pattern } }];
  }
  if (args.filter?.role) where.role = args.filter.role;
  if (args.filter?.locked === true) where.lockedAt = { $ne: null };
  if (args.filter?.locked === false) where.lockedAt = null;
  if (createdFrom || createdBefore) where.createdAt = { ...(createdFrom ? { $gte: createdFrom } : {}), ...(createdBefore ? { $lt: createdBefore } : {}) };
  const [items, total] = await em.findAndCount(User, where, { orderBy: orderFor(args), limit: args.limit, offset: args.offset });
  return Object.assign(new AdminUserPage(), { items, total });
}
