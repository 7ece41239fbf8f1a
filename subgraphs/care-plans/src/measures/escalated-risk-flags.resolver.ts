import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AdminPageArgs, type SubgraphContext } from '@caregraph/runtime';
import { EscalatedRiskFlagPage } from './escalated-risk-flag.type';
import { escalatedRiskFlags } from './escalated-risk-flags';

/** `Query.escalatedRiskFlags`: the admins' safety list of flags the escalation sweep raised with them. */
@Resolver()
export class EscalatedRiskFlagsResolver {
  @Authorized('ADMIN')
  @Query(() => EscalatedRiskFlagPage, {
    description:
      'Admins: the risk flags escalated to the admins (still unacknowledged after RISK_FLAG_ESCALATION_HOURS) that nobody has acknowledged yet, the one raised longest ago first; offset paging with a total (react-admin). Ids and times only: no answers, names or clinical text. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins; BAD_USER_INPUT naming `limit` or `offset` when out of range.',
  })
  escalatedRiskFlags(@Args(() => AdminPageArgs) args: AdminPageArgs, @Ctx() ctx: SubgraphContext): Promise<EscalatedRiskFlagPage> {
    return escalatedRiskFlags(ctx, args);
  }
}
