import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { myOpenRiskFlags } from './open-risk-flags';
import { RiskFlagConnection } from './risk-flag-connection';
import type { RiskFlag } from './risk-flag.entity';

/** `Query.myOpenRiskFlags`: the therapist's home-screen list of flags still to act on. */
@Resolver()
export class OpenRiskFlagsResolver {
  @Authorized('THERAPIST')
  @Query(() => RiskFlagConnection, {
    description:
      'The risk flags nobody has acknowledged yet on every care plan you are the therapist of, oldest first (the one waiting longest on top). ' +
      "Therapists only (FORBIDDEN otherwise). Each plan whose flags are shown gets a READ entry in its access log, as reading `CarePlan.riskFlags` does.",
  })
  myOpenRiskFlags(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<RiskFlag>> {
    return myOpenRiskFlags(ctx, args);
  }
}
