import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { nextReviewDue } from '../care-plans/plan-dates';
import { Goal } from '../goals/goal.entity';
import { GoalCategory, GoalStatus } from '../goals/goal-enums';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { QuestionnaireKind, riskFlagReason, scored } from '../measures/questionnaire-scoring';
import { RiskFlag } from '../measures/risk-flag.entity';

type PlanFields = Partial<Pick<CarePlan, 'clientId' | 'therapistId' | 'therapistUserId' | 'status' | 'startDate' | 'reviewCadenceWeeks' | 'lastReviewedOn' | 'createdAt' | 'updatedAt' | 'summary'>>;

/** An active care plan starting 2026-01-05 and reviewed every 4 weeks, persisted on the next flush; override any field. */
export function makeCarePlan(em: EntityManager, fields: PlanFields = {}): CarePlan {
  const startDate = fields.startDate ?? '2026-01-05';
  const reviewCadenceWeeks = fields.reviewCadenceWeeks ?? 4;
  const lastReviewedOn = fields.lastReviewedOn ?? null;
  return em.create(CarePlan, {
    clientId: fields.clientId ?? randomUUID(),
    therapistId: fields.therapistId ?? randomUUID(),
    therapistUserId: fields.therapistUserId ?? randomUUID(),
    status: fields.status ?? CarePlanStatus.ACTIVE,
    summary: fields.summary ?? 'Building a steadier morning routine',
    startDate,
    reviewCadenceWeeks,
    lastReviewedOn,
    nextReviewDue: nextReviewDue({ startDate, lastReviewedOn, reviewCadenceWeeks }),
    ...(fields.createdAt ? { createdAt: fields.createdAt } : {}),
    ...(fields.updatedAt ? { updatedAt: fields.updatedAt } : {}),
  });
}

/** An active goal of `plan`, persisted on the next flush. */
export function makeGoal(em: EntityManager, plan: CarePlan, description = 'Get up by 8:30 on five weekday mornings a week'): Goal {
  return em.create(Goal, { carePlan: plan, description, category: GoalCategory.MORNING_ROUTINE, status: GoalStatus.ACTIVE });
}

/** A PHQ-9 the client completed at `raisedAt` answering 2 on item 9, and the open risk flag it raised; persisted on the next flush. */
export function makeRiskFlag(em: EntityManager, plan: CarePlan, raisedAt: Date): RiskFlag {
  const answers = [1, 1, 1, 1, 1, 1, 1, 1, 2];
  const questionnaire = em.create(QuestionnaireResponse, {
    carePlan: plan,
    kind: QuestionnaireKind.PHQ9,
    answers,
    ...scored(QuestionnaireKind.PHQ9, answers),
    respondent: 'CLIENT',
    completedAt: raisedAt,
  });
  return em.create(RiskFlag, { carePlan: plan, questionnaire, reason: riskFlagReason(answers), raisedAt });
}
