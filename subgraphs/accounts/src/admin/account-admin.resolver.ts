import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { User } from '../users/user.entity';
import { AccountLockInput, ChangeUserRoleInput } from './admin.input';
import { changeUserRole, lockUser, unlockUser } from './account-admin.service';

const RECORDED = 'Recorded in the account audit (`adminAccountAudit`) with your id, the reason and the time. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins; NOT_FOUND for an unknown account.';

@Resolver()
export class AccountAdminResolver {
  constructor(private readonly services: AccountsServices) {}

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description: `Admins: locks an account. It can no longer sign in or refresh a session, and its sessions end now (access tokens already issued expire within 15 minutes). FORBIDDEN for your own account; CONFLICT when already locked. ${RECORDED}`,
  })
  async lockUser(@Arg('input', () => AccountLockInput, { description: 'The account and why.' }) input: AccountLockInput, @Ctx() ctx: SubgraphContext): Promise<User> {
    return lockUser(ctx, input, this.services);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: `Admins: unlocks a locked account, so it can sign in again. CONFLICT when it is not locked. ${RECORDED}` })
  unlockUser(@Arg('input', () => AccountLockInput, { description: 'The account and why.' }) input: AccountLockInput, @Ctx() ctx: SubgraphContext): Promise<User> {
    return unlockUser(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description: `Admins: changes an account's role. Its sessions end, so the new role applies from its next sign-in (a new admin must first set up two-step verification). FORBIDDEN for your own role; CONFLICT when the account already has that role. ${RECORDED}`,
  })
  async changeUserRole(
    @Arg('input', () => ChangeUserRoleInput, { description: 'The account, its new role and why.' }) input: ChangeUserRoleInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<User> {
    return changeUserRole(ctx, input, this.services);
  }
}
