import type { ApolloClient } from '@apollo/client';
import type { GetListParams, Identifier, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';
import type { AdminUserSortField, Role, UserDetailFragment } from '../gql/graphql';
import { toHttpError } from '../graphql/errors';
import { checkedReason } from '../resource-kit/checks';
import { badInput, onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ADMIN_USER, ADMIN_USERS, CHANGE_USER_ROLE, LOCK_USER, UNLOCK_USER } from './operations';

/** What an admin can do to an account from the dashboard. */
export const USER_ACTIONS = ['lock', 'unlock', 'changeRole'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** `update` data for the users resource. */
export interface UserActionData {
  action: UserAction;
  reason: string;
  /** The new role, for `changeRole`. */
  role?: Role;
}

export const ROLES: Role[] = ['CLIENT', 'THERAPIST', 'ADMIN'];

const SORT_FIELDS: Record<string, AdminUserSortField> = { createdAt: 'CREATED_AT', email: 'EMAIL', displayName: 'DISPLAY_NAME', role: 'ROLE' };

// The graph's CONFLICT on an account ("already locked", "already has that role") says it best.
const MESSAGES = { CONFLICT: null };

/**
 * The `users` resource: every account (filters `q` for email address or name, `role`, `locked`), one
 * account with its consents, and the account actions (lock, unlock, change role), each with the
 * reason the account audit records.
 */
export function usersHandler(client: ApolloClient): ResourceHandler {
  async function getOne(id: Identifier): Promise<UserDetailFragment> {
    const { data } = await client.query({ query: ADMIN_USER, variables: { id: String(id) } });
    if (!data?.user) throw new HttpError('There is no account with this id (it may have been deleted).', 404, { code: 'NOT_FOUND' });
    return data.user;
  }

  return {
    async getList(params: GetListParams) {
      const filter = params.filter ?? {};
      const { offset, limit } = offsetWindow(params);
      const role = filter.role && (ROLES as string[]).includes(filter.role) ? (filter.role as Role) : undefined;
      const locked = filter.locked === true || filter.locked === 'true' ? true : filter.locked === false || filter.locked === 'false' ? false : undefined;
      const field = SORT_FIELDS[params.sort?.field ?? ''];
      const sort = field ? { field, order: params.sort!.order === 'ASC' ? ('ASC' as const) : ('DESC' as const) } : undefined;
      const search = typeof filter.q === 'string' && filter.q.trim() ? filter.q.trim() : undefined;
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_USERS, variables: { filter: { search, role, locked }, offset: o, limit: l, sort } });
        return data!.adminUsers;
      });
      return { data: items, total };
    },

    getOne,

    async update(params: UpdateParams) {
      const { action, reason: given, role } = (params.data ?? {}) as Partial<UserActionData>;
      if (!action || !USER_ACTIONS.includes(action)) badInput('action', 'Accounts are edited by their owners. Admins can lock, unlock or change the role of an account.');
      const reason = checkedReason(given, 'Reason (kept in the audit log)');
      const userId = String(params.id);
      try {
        if (action === 'lock') return (await client.mutate({ mutation: LOCK_USER, variables: { input: { userId, reason } } })).data!.lockUser;
        if (action === 'unlock') return (await client.mutate({ mutation: UNLOCK_USER, variables: { input: { userId, reason } } })).data!.unlockUser;
        if (!role || !ROLES.includes(role)) badInput('role', 'New role: please choose one.');
        return (await client.mutate({ mutation: CHANGE_USER_ROLE, variables: { input: { userId, role, reason } } })).data!.changeUserRole;
      } catch (error) {
        throw toHttpError(error, MESSAGES);
      }
    },

    referenceFilter: (target, id) => ({ [target]: id }),
    readOnlyMessage: onlyReads('users'),
  };
}
