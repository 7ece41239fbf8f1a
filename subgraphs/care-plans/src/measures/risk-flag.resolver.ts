import { wrap } from '@mikro-orm/core';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CarePlanService } from '../care-plans/care-plan.service';
import { UserStub } from '../references/user.stub';
import { RiskFlag } from './risk-flag.entity';

/**
 * `RiskFlag.carePlanId` and `RiskFlag.client`: where a flag belongs, for lists that show flags outside their plan.
 * A flag is only ever reached through a check on its plan (`CarePlan.riskFlags`, `myOpenRiskFlags`, `acknowledgeRiskFlag`).
 */
@Resolver(() => RiskFlag)
export class RiskFlagResolver {
  @FieldResolver(() => ID, { description: 'The care plan the flag was raised on.' })
  carePlanId(@Root() flag: RiskFlag): string {
    return flag.carePlan.id;
  }

  @FieldResolver(() => UserStub, {
    nullable: true,
    description: "The client whose answer raised the flag; null when the client's account was erased and the plan is kept only as a clinical record.",
  })
  async client(@Root() flag: RiskFlag, @Ctx() ctx: SubgraphContext): Promise<UserStub | null> {
    // Usually loaded with the flag; otherwise every flag's plan in the request comes in one statement.
    const plan = wrap(flag.carePlan).isInitialized() ? flag.carePlan : await CarePlanService.load(ctx, flag.carePlan.id);
    return plan?.clientId ? { id: plan.clientId } : null;
  }
}
