// A progress review as the therapist fills it in, checked before it is sent (the graph checks again and
// its field errors are placed beside the same boxes): notes, goal updates, COPM ratings of up to five
// problems, and PHQ-9 / GAD-7 taken with the client, each either left out or answered in full.
import type { ProgressReviewInput } from '../gql/graphql';
import { ITEM_COUNT, type Questionnaire } from './bands';

export const MAX_COPM_PROBLEMS = 5;
export const NOTES_MAX = 10_000;

export interface CopmRow {
  problem: string;
  performance: string;
  satisfaction: string;
}

export interface GoalDraft {
  goalId: string;
  /** '' when the goal was not discussed. */
  achievement: string;
  /** '' keeps the goal's status. */
  status: string;
}

export interface ReviewDraft {
  bookingId: string;
  notes: string;
  goals: GoalDraft[];
  copm: CopmRow[];
  phq9: Array<number | undefined>;
  gad7: Array<number | undefined>;
}

/** Form box keys: `notes`, `bookingId`, `goals.<goalId>`, `copm.<row>.problem`, `phq9`, `gad7`. */
export type ReviewErrors = Record<string, string>;

export function emptyReview(goalIds: readonly string[], bookingId = ''): ReviewDraft {
  return { bookingId, notes: '', goals: goalIds.map((goalId) => ({ goalId, achievement: '', status: '' })), copm: [], phq9: [], gad7: [] };
}

function rating(value: string): number | undefined {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 10 ? n : undefined;
}

function questionnaire(kind: Questionnaire, answers: ReadonlyArray<number | undefined>, errors: ReviewErrors): number[] | undefined {
  const given = answers.slice(0, ITEM_COUNT[kind]);
  if (given.every((a) => a === undefined)) return undefined;
  const missing = Array.from({ length: ITEM_COUNT[kind] }, (_, i) => i).filter((i) => given[i] === undefined);
  if (missing.length) {
    errors[kind.toLowerCase()] = `Answer every item, or none: item${missing.length === 1 ? '' : 's'} ${missing.map((i) => i + 1).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no answer.`;
    return undefined;
  }
  return given as number[];
}

/** The graph's input, or what is wrong keyed by form box. */
export function reviewInput(draft: ReviewDraft): { input: ProgressReviewInput; errors?: undefined } | { errors: ReviewErrors; input?: undefined } {
  const errors: ReviewErrors = {};
  if (!draft.bookingId) errors.bookingId = 'Choose the session the review took place at.';
  const notes = draft.notes.trim();
  if (!notes) errors.notes = 'Write your notes of the review.';
  else if (notes.length > NOTES_MAX) errors.notes = `Keep the notes to ${NOTES_MAX.toLocaleString('en-GB')} characters (now ${notes.length.toLocaleString('en-GB')}).`;

  const goalUpdates = draft.goals
    .filter((g) => g.achievement || g.status)
    .map((g) => {
      if (!g.achievement) errors[`goals.${g.goalId}`] = 'Say how the client is getting on with this goal, or leave its status unchanged.';
      return { goalId: g.goalId, achievement: g.achievement as never, ...(g.status ? { status: g.status as never } : {}) };
    });

  if (draft.copm.length > MAX_COPM_PROBLEMS) errors.copm = `Rate at most ${MAX_COPM_PROBLEMS} problems.`;
  const copm = draft.copm.map((row, i) => {
    const problem = row.problem.trim();
    if (problem.length < 2 || problem.length > 200) errors[`copm.${i}.problem`] = 'Name the problem in the client’s words (2–200 characters).';
    const performance = rating(row.performance);
    const satisfaction = rating(row.satisfaction);
    if (performance === undefined) errors[`copm.${i}.performance`] = 'Rate performance from 1 to 10.';
    if (satisfaction === undefined) errors[`copm.${i}.satisfaction`] = 'Rate satisfaction from 1 to 10.';
    return { problem, performance: performance ?? 0, satisfaction: satisfaction ?? 0 };
  });

  const phq9 = questionnaire('PHQ9', draft.phq9, errors);
  const gad7 = questionnaire('GAD7', draft.gad7, errors);
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      bookingId: draft.bookingId,
      notes,
      ...(goalUpdates.length ? { goalUpdates } : {}),
      ...(copm.length ? { copm } : {}),
      ...(phq9 ? { phq9 } : {}),
      ...(gad7 ? { gad7 } : {}),
    },
  };
}

/**
 * The form box a graph field error belongs to: `input.copm.2.problem` → `copm.2.problem`, an item of a
 * questionnaire (`input.phq9.3`) → its questionnaire, a goal update (`input.goalUpdates.1.status`) →
 * that goal's box. Anything else lands on the form as a whole (undefined).
 */
export function reviewErrorKey(field: string | undefined, input: ProgressReviewInput): string | undefined {
  if (!field) return undefined;
  const path = field.replace(/^input\./, '').split('.');
  if (path[0] === 'phq9' || path[0] === 'gad7' || path[0] === 'notes' || path[0] === 'bookingId') return path[0];
  if (path[0] === 'reviewedAt') return 'bookingId';
  if (path[0] === 'copm') return path.length >= 3 ? `copm.${path[1]}.${path[2]}` : 'copm';
  if (path[0] === 'goalUpdates' && path[1] !== undefined) {
    const goalId = input.goalUpdates?.[Number(path[1])]?.goalId;
    return goalId ? `goals.${goalId}` : undefined;
  }
  return undefined;
}
