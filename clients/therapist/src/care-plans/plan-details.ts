// A care plan's details as the edit form holds them: checked before sending (the graph checks again),
// turned into `updateCarePlan`'s input, and compared with a version saved elsewhere when a save is
// refused as stale, so the conflict panel can show both without losing the therapist's edits.
import type { UpdateCarePlanInput } from '../gql/graphql';
import { formatDate } from '../format/format';
import { CONDITION_LABELS, label } from '../format/labels';

export interface PlanDetailsValues {
  focusConditions: string[];
  summary: string;
  startDate: string;
  endDate: string;
  reviewCadenceWeeks: string;
}

export type PlanDetailsErrors = Partial<Record<keyof PlanDetailsValues, string>>;

export function planDetailsValues(plan: { focusConditions: readonly string[]; summary: string; startDate: string; endDate?: string | null; reviewCadenceWeeks: number }): PlanDetailsValues {
  return { focusConditions: [...plan.focusConditions], summary: plan.summary, startDate: plan.startDate, endDate: plan.endDate ?? '', reviewCadenceWeeks: String(plan.reviewCadenceWeeks) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The input with only what changed from `saved`, or what is wrong keyed by field. */
export function planDetailsInput(values: PlanDetailsValues, saved: PlanDetailsValues): { input: UpdateCarePlanInput; errors?: undefined } | { errors: PlanDetailsErrors; input?: undefined } {
  const errors: PlanDetailsErrors = {};
  if (values.focusConditions.length === 0) errors.focusConditions = 'Choose at least one condition the plan focuses on.';
  else if (values.focusConditions.length > 8) errors.focusConditions = 'Choose at most 8 conditions.';
  const summary = values.summary.trim();
  if (!summary) errors.summary = 'Write what the plan is about, as agreed with the client.';
  else if (summary.length > 5000) errors.summary = 'Keep the summary to 5,000 characters.';
  if (!DAY.test(values.startDate)) errors.startDate = 'Enter the day the plan starts.';
  if (values.endDate && !DAY.test(values.endDate)) errors.endDate = 'Enter a whole date, or leave it empty.';
  else if (values.endDate && DAY.test(values.startDate) && values.endDate < values.startDate) errors.endDate = 'The end date cannot be before the start date.';
  const cadence = Number(values.reviewCadenceWeeks);
  if (!/^\d+$/.test(values.reviewCadenceWeeks.trim()) || cadence < 1 || cadence > 26) errors.reviewCadenceWeeks = 'Enter a number of weeks from 1 to 26.';
  if (Object.keys(errors).length) return { errors };

  const input: UpdateCarePlanInput = {};
  if ([...values.focusConditions].sort().join() !== [...saved.focusConditions].sort().join()) input.focusConditions = values.focusConditions as never;
  if (summary !== saved.summary) input.summary = summary;
  if (values.startDate !== saved.startDate) input.startDate = values.startDate;
  if (values.endDate && values.endDate !== saved.endDate) input.endDate = values.endDate;
  if (cadence !== Number(saved.reviewCadenceWeeks)) input.reviewCadenceWeeks = cadence;
  return { input };
}

function shown(field: keyof PlanDetailsValues, values: PlanDetailsValues): string {
  switch (field) {
    case 'focusConditions':
      return values.focusConditions.map((c) => label(CONDITION_LABELS, c)).join(', ') || 'none';
    case 'startDate':
    case 'endDate':
      return values[field] ? formatDate(values[field]) : 'none';
    case 'reviewCadenceWeeks':
      return `every ${values.reviewCadenceWeeks} week${values.reviewCadenceWeeks === '1' ? '' : 's'}`;
    default:
      return values[field];
  }
}

const NAMES: Record<keyof PlanDetailsValues, string> = { focusConditions: 'Focus', summary: 'Summary', startDate: 'Start date', endDate: 'End date', reviewCadenceWeeks: 'Reviews' };

/** Where the saved details and the therapist's edits differ, in the conflict panel's words. */
export function planDifferences(saved: PlanDetailsValues, yours: PlanDetailsValues): Array<{ label: string; saved: string; yours: string }> {
  return (Object.keys(NAMES) as Array<keyof PlanDetailsValues>)
    .map((field) => ({ label: NAMES[field], saved: shown(field, saved), yours: shown(field, yours) }))
    .filter((d) => d.saved !== d.yours);
}
