import { GraphQLError } from 'graphql';
import { ErrorCode } from '@caregraph/kernel';
import { CarePlanStatus } from './care-plan-status';

/** DRAFT → ACTIVE ↔ ON_HOLD → COMPLETED, or CANCELLED from any open status. */
const NEXT: Record<CarePlanStatus, CarePlanStatus[]> = {
  DRAFT: [CarePlanStatus.ACTIVE, CarePlanStatus.CANCELLED],
  ACTIVE: [CarePlanStatus.ON_HOLD, CarePlanStatus.COMPLETED, CarePlanStatus.CANCELLED],
  ON_HOLD: [CarePlanStatus.ACTIVE, CarePlanStatus.COMPLETED, CarePlanStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

/** Refuses a status change the lifecycle does not allow, with CONFLICT naming both statuses. */
export function assertTransition(from: CarePlanStatus, to: CarePlanStatus): void {
  if (NEXT[from].includes(to)) return;
  const allowed = NEXT[from].length ? `From ${from} a plan can move to ${NEXT[from].join(', ')}.` : `${from} is final.`;
  throw new GraphQLError(`A care plan cannot move from ${from} to ${to}. ${allowed}`, {
    extensions: { code: ErrorCode.CONFLICT, field: 'status', currentStatus: from },
  });
}

/** Statuses in which the client works through the plan (logs activities, fills in questionnaires). */
export const IN_USE = new Set<CarePlanStatus>([CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD]);
