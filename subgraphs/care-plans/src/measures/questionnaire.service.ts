import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, UserInputError } from '@caregraph/kernel';
import { groupedByKey, isUuid, readEntitiesWhereIn, recordOutboxEvent, type SubgraphContext } from '@caregraph/runtime';
import { AccessAction } from '../access/access-action';
import { recordWrite } from '../access/access-log.service';
import { assertMayEdit } from '../access/care-plan-access';
import { assertConsentForPlan } from '../access/client-consent';
import type { CarePlan } from '../care-plans/care-plan.entity';
import { planForEdit } from '../care-plans/plan-for-edit';
import { IN_USE } from '../care-plans/care-plan-transitions';
import { QuestionnaireResponse, type Respondent } from './questionnaire-response.entity';
import { answersProblem, QuestionnaireKind, raisesRiskFlag, riskFlagReason, scored } from './questionnaire-scoring';
import { RiskFlag } from './risk-flag.entity';
import { planTherapist } from '../notices/plan-therapist';

/** Refuses answers of the wrong length or range, naming the input field and the item. */
export function assertValidAnswers(kind: QuestionnaireKind, answers: readonly number[], field: string): void {
  const problem = answersProblem(kind, answers, field);
  if (problem) throw new UserInputError(problem.field, problem.message);
}

/** Adds a scored response (and a risk flag when PHQ-9 item 9 is above 0) to the transaction, with their audit rows. */
export function addResponse(
  tx: EntityManager,
  ctx: SubgraphContext,
  plan: CarePlan,
  response: { kind: QuestionnaireKind; answers: number[]; respondent: Respondent; completedAt: Date; reviewId?: string },
): QuestionnaireResponse {
  const row = tx.create(QuestionnaireResponse, {
    carePlan: plan,
    kind: response.kind,
    answers: response.answers,
    ...scored(response.kind, response.answers),
    respondent: response.respondent,
    completedAt: response.completedAt,
    reviewId: response.reviewId ?? null,
  });
  recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'QuestionnaireResponse', recordId: row.id, actorRole: response.respondent });
  if (raisesRiskFlag(response.kind, response.answers)) {
    const flag = tx.create(RiskFlag, { carePlan: plan, questionnaire: row, reason: riskFlagReason(response.answers) });
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'RiskFlag', recordId: flag.id, actorRole: response.respondent });
    // The therapist is told at once, with the answer's own transaction; the message says only that there is a flag.
    recordOutboxEvent(tx, 'risk-flag.raised', { recipients: [planTherapist(plan)], facts: { riskFlagId: flag.id, carePlanId: plan.id } });
  }
  return row;
}

/** The client completes a questionnaire between sessions, while the plan is in use. One transaction. */
export async function submitQuestionnaire(ctx: SubgraphContext, carePlanId: string, kind: QuestionnaireKind, answers: number[]): Promise<QuestionnaireResponse> {
  assertValidAnswers(kind, answers, 'input.answers');
  await assertConsentForPlan(ctx, carePlanId, ['CLIENT']);
  return ctx.em.transactional(async (tx) => {
    const plan = await planForEdit(ctx, tx, carePlanId, 'carePlanId', ['CLIENT']);
    if (!IN_USE.has(plan.status)) throw new ConflictError(`Questionnaires can be completed while the plan is ACTIVE or ON_HOLD; this plan is ${plan.status}.`);
    const response = addResponse(tx, ctx, plan, { kind, answers, respondent: 'CLIENT', completedAt: new Date() });
    await tx.flush();
    return response;
  });
}

/** The therapist acknowledges a risk flag and records what they did. One transaction. */
export async function acknowledgeRiskFlag(ctx: SubgraphContext, id: string, action: string): Promise<RiskFlag> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a risk flag id (a UUID).');
  const text = action.trim();
  if (text.length < 5 || text.length > 2000) throw new UserInputError('action', 'action must say what you did, in 5 to 2000 characters.');
  return ctx.em.transactional(async (tx) => {
    const flag = await tx.findOne(RiskFlag, { id }, { populate: ['carePlan'] });
    if (!flag) throw new NotFoundError('RiskFlag', id);
    assertMayEdit(ctx, flag.carePlan, flag.carePlan.id, ['THERAPIST'], { entity: 'RiskFlag', id });
    if (flag.acknowledgedAt) throw new ConflictError('This risk flag was already acknowledged.');
    flag.acknowledgedAt = new Date();
    flag.acknowledgedBy = ctx.caller.userId;
    flag.action = text;
    recordWrite(tx, ctx, { carePlanId: flag.carePlan.id, action: AccessAction.UPDATE, recordType: 'RiskFlag', recordId: flag.id, actorRole: 'THERAPIST' });
    await tx.flush();
    return flag;
  });
}

/** Each plan's questionnaire responses, oldest first (PHQ-9 before GAD-7 taken together): one statement for any number of plans. */
export function loadResponses(ctx: SubgraphContext, carePlanId: string): Promise<QuestionnaireResponse[]> {
  return ctx
    .loader<string, QuestionnaireResponse[]>('QuestionnaireResponse.byPlan', async (planIds) => {
      // Read-only (readEntitiesWhereIn, `carePlan` a reference holding its id): responses are only shown here.
      const responses = await readEntitiesWhereIn(ctx.em, QuestionnaireResponse, 'care_plan_id', [...planIds], '"completed_at", "kind" desc, "id"');
      return groupedByKey(planIds, responses, (row) => row.carePlan.id);
    })
    .load(carePlanId);
}

/** Each plan's risk flags, newest first: one statement for any number of plans. */
export function loadRiskFlags(ctx: SubgraphContext, carePlanId: string): Promise<RiskFlag[]> {
  return ctx
    .loader<string, RiskFlag[]>('RiskFlag.byPlan', async (planIds) => {
      const rows = await ctx.em.find(RiskFlag, { carePlan: { $in: [...planIds] } }, { orderBy: { raisedAt: 'desc', id: 'asc' } });
      return groupedByKey(planIds, rows, (row) => row.carePlan.id);
    })
    .load(carePlanId);
}
