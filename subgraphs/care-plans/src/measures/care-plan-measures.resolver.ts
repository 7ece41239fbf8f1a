import { Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { CarePlan } from '../care-plans/care-plan.entity';
import { QuestionnaireResponse } from './questionnaire-response.entity';
import { loadResponses, loadRiskFlags } from './questionnaire.service';
import { RiskFlag } from './risk-flag.entity';

/** `CarePlan.questionnaires` and `CarePlan.riskFlags`: the outcome measures' part of a plan (guarded and recorded like all plan content). */
@Resolver(() => CarePlan)
export class CarePlanMeasuresResolver {
  @FieldResolver(() => [QuestionnaireResponse], { description: 'Every PHQ-9 and GAD-7 completed, oldest first (in reviews and between sessions).' })
  @UseMiddleware(CarePlanContent)
  questionnaires(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<QuestionnaireResponse[]> {
    return loadResponses(ctx, plan.id);
  }

  @FieldResolver(() => [RiskFlag], { description: 'Risk flags raised on the plan, newest first; open ones have no `acknowledgedAt`.' })
  @UseMiddleware(CarePlanContent)
  riskFlags(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<RiskFlag[]> {
    return loadRiskFlags(ctx, plan.id);
  }
}
