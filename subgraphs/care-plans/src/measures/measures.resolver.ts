import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CONSENT_NEEDED } from '../access/client-consent';
import { QuestionnaireResponse } from './questionnaire-response.entity';
import { QuestionnaireInput } from './questionnaire.input';
import { acknowledgeRiskFlag, submitQuestionnaire } from './questionnaire.service';
import { RiskFlag } from './risk-flag.entity';

/** Questionnaires the client completes between sessions, and risk flags the therapist acknowledges. */
@Resolver()
export class MeasuresResolver {
  @Authorized()
  @Mutation(() => QuestionnaireResponse, {
    description:
      "Completes a PHQ-9 or GAD-7 between sessions (the plan's client only, while it is ACTIVE or ON_HOLD). The wrong number of answers or " +
      'an answer outside 0–3 is BAD_USER_INPUT naming the item. Any answer above 0 on PHQ-9 item 9 raises a risk flag for the therapist.' +
      CONSENT_NEEDED,
  })
  submitQuestionnaire(
    @Arg('carePlanId', () => ID, { description: 'The care plan.' }) carePlanId: string,
    @Arg('input', () => QuestionnaireInput, { description: 'The answers.' }) input: QuestionnaireInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<QuestionnaireResponse> {
    return submitQuestionnaire(ctx, carePlanId, input.kind, input.answers);
  }

  @Authorized('THERAPIST')
  @Mutation(() => RiskFlag, { description: "Acknowledges a risk flag and records what you did (the plan's therapist only). Acknowledging twice is CONFLICT." })
  acknowledgeRiskFlag(
    @Arg('id', () => ID, { description: 'The risk flag.' }) id: string,
    @Arg('action', { description: 'What you did about it (5–2000 characters), e.g. "Called the client the same day; safety plan reviewed".' }) action: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RiskFlag> {
    return acknowledgeRiskFlag(ctx, id, action);
  }
}
