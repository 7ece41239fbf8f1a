import type { SubgraphContext } from '@caregraph/runtime';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { User } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { AccountAuditArgs } from './account-audit.args';
import { AccountAuditEntry } from './account-audit.entity';
import { AccountAuditPage } from './account-audit-page.type';
import { findAccountAudit } from './account-audit.service';

@Resolver(() => AccountAuditEntry)
export class AccountAuditResolver {
  @Authorized('ADMIN')
  @Query(() => AccountAuditPage, {
    description:
      'Admins: the record of admin actions on accounts (locks, unlocks, role changes), newest first, filtered by account, admin and time; offset paging with a total. Read-only: nothing in the API changes or deletes a record. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins; BAD_USER_INPUT naming `to` when it is not after `from`.',
  })
  adminAccountAudit(@Args(() => AccountAuditArgs) args: AccountAuditArgs, @Ctx() ctx: SubgraphContext): Promise<AccountAuditPage> {
    return findAccountAudit(ctx.em, args);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who acted; null when their account no longer exists.' })
  actor(@Root() entry: AccountAuditEntry, @Ctx() ctx: SubgraphContext): Promise<User | null> {
    return UserService.load(ctx, entry.actorId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The account acted on; null when it no longer exists.' })
  subject(@Root() entry: AccountAuditEntry, @Ctx() ctx: SubgraphContext): Promise<User | null> {
    return UserService.load(ctx, entry.subjectId);
  }
}
