import { AdminPageArgs, isUuid, type SubgraphContext } from '@caregraph/runtime';
import { UserInputError } from '@caregraph/kernel';
import { IsOptional, IsUUID } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

@ArgsType()
class AdminReferralsArgs extends AdminPageArgs {
  @Field(() => ID, { nullable: true, description: "Only this organisation's referrals." })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an organisation id.' })
  organisationId?: string | null;

  @Field(() => [ReferralStatus], { nullable: true, description: 'Only referrals in these states; all when left out.' })
  @IsOptional()
  statuses?: ReferralStatus[] | null;
}

@ObjectType({ description: 'A page of referrals for admins (states only), with the number matching the filter.' })
class AdminReferralPage {
  @Field(() => [Referral], { description: 'The referrals on this page, newest first. Admins see states: the person, the reason, the conditions and the referrer are FORBIDDEN to them.' })
  items!: Referral[];

  @Field(() => Int, { description: 'How many referrals match in all.' })
  total!: number;
}

/** The admins' view of referrals, for the dashboard's organisation pages (docs/adr/014: admin lists in the owning subgraph). */
@Resolver()
export class AdminReferralsResolver {
  @Authorized('ADMIN')
  @Query(() => AdminReferralPage, {
    description: "Admins: referrals, newest first, optionally one organisation's and in some states; offset paging with a total (react-admin). States only: the content is the therapist's and the person's. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins.",
  })
  async adminReferrals(@Args(() => AdminReferralsArgs) args: AdminReferralsArgs, @Ctx() ctx: SubgraphContext): Promise<AdminReferralPage> {
    if (args.organisationId != null && !isUuid(args.organisationId)) throw new UserInputError('organisationId', 'organisationId must be an organisation id.');
    const where = {
      ...(args.organisationId ? { organisationId: args.organisationId } : {}),
      ...(args.statuses && args.statuses.length > 0 ? { status: { $in: args.statuses } } : {}),
    };
    const [items, total] = await ctx.em.findAndCount(Referral, where, { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], limit: args.limit, offset: args.offset });
    return { items, total };
  }
}
