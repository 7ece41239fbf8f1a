import { registerEnumType } from 'type-graphql';

/** The self-report questionnaires a plan tracks. */
export enum QuestionnaireKind {
  PHQ9 = 'PHQ9',
  GAD7 = 'GAD7',
}

/** Severity bands of the published scoring (Kroenke et al. 2001 for PHQ-9, Spitzer et al. 2006 for GAD-7). */
export enum SeverityBand {
  MINIMAL = 'MINIMAL',
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  MODERATELY_SEVERE = 'MODERATELY_SEVERE',
  SEVERE = 'SEVERE',
}

registerEnumType(QuestionnaireKind, {
  name: 'QuestionnaireKind',
  description: 'A standard self-report questionnaire; every item is answered 0 (not at all) to 3 (nearly every day).',
  valuesConfig: {
    PHQ9: { description: 'PHQ-9, depression: nine items, total 0–27. Any answer above 0 on item 9 raises a risk flag.' },
    GAD7: { description: 'GAD-7, anxiety: seven items, total 0–21.' },
  },
});

registerEnumType(SeverityBand, {
  name: 'SeverityBand',
  description: 'The severity band of a questionnaire total.',
  valuesConfig: {
    MINIMAL: { description: 'PHQ-9 0–4, GAD-7 0–4.' },
    MILD: { description: 'PHQ-9 5–9, GAD-7 5–9.' },
    MODERATE: { description: 'PHQ-9 10–14, GAD-7 10–14.' },
    MODERATELY_SEVERE: { description: 'PHQ-9 15–19 (GAD-7 has no such band).' },
    SEVERE: { description: 'PHQ-9 20–27, GAD-7 15–21.' },
  },
});

/** Number of items per questionnaire. */
export const ITEM_COUNT: Record<QuestionnaireKind, number> = { PHQ9: 9, GAD7: 7 };

/** Highest answer to any item. */
export const MAX_ITEM_SCORE = 3;

/** The PHQ-9 item about thoughts of self-harm (1-based item 9). */
export const PHQ9_SELF_HARM_ITEM = 9;

/** Total of the answers. */
export function questionnaireTotal(answers: readonly number[]): number {
  return answers.reduce((sum, answer) => sum + answer, 0);
}

/** Severity band of a total. */
export function severityBand(kind: QuestionnaireKind, total: number): SeverityBand {
  if (total <= 4) return SeverityBand.MINIMAL;
  if (total <= 9) return SeverityBand.MILD;
  if (total <= 14) return SeverityBand.MODERATE;
  if (kind === QuestionnaireKind.GAD7) return SeverityBand.SEVERE;
  return total <= 19 ? SeverityBand.MODERATELY_SEVERE : SeverityBand.SEVERE;
}

/** True when the answers must raise a risk flag: any answer above 0 on PHQ-9 item 9. */
export function raisesRiskFlag(kind: QuestionnaireKind, answers: readonly number[]): boolean {
  return kind === QuestionnaireKind.PHQ9 && (answers[PHQ9_SELF_HARM_ITEM - 1] ?? 0) > 0;
}

/**
 * Why the answers are not a valid response, naming the item, or null when they are. `field` is the input
 * path the answers came in (e.g. `answers`, `phq9`), so the error names it.
 */
export function answersProblem(kind: QuestionnaireKind, answers: readonly number[], field: string): { field: string; message: string } | null {
  const expected = ITEM_COUNT[kind];
  if (answers.length !== expected) {
    return { field, message: `${kind === 'PHQ9' ? 'PHQ-9' : 'GAD-7'} has ${expected} items: ${answers.length} answers were given.` };
  }
  const bad = answers.findIndex((answer) => !Number.isInteger(answer) || answer < 0 || answer > MAX_ITEM_SCORE);
  if (bad >= 0) return { field: `${field}.${bad}`, message: `Item ${bad + 1} must be answered 0, 1, 2 or 3 (got ${answers[bad]}).` };
  return null;
}

/** Total and band of a set of answers, as a response stores them. */
export function scored(kind: QuestionnaireKind, answers: readonly number[]): { total: number; severity: SeverityBand } {
  const total = questionnaireTotal(answers);
  return { total, severity: severityBand(kind, total) };
}

/** Why a risk flag was raised, in the words the therapist reads. */
export function riskFlagReason(answers: readonly number[]): string {
  return `PHQ-9 item 9 (thoughts of self-harm) answered ${answers[PHQ9_SELF_HARM_ITEM - 1]} of 3.`;
}
