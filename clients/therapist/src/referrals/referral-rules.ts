import type { WorkspaceReferralFragment } from '../gql/graphql';

export type Referral = WorkspaceReferralFragment;

/** The inbox's parts: waiting for a decision (in the graph's order: most urgent, oldest), accepted ones, and those in care (booked). */
export function inboxSections(referrals: readonly Referral[]): { waiting: Referral[]; accepted: Referral[]; inCare: Referral[] } {
  return {
    waiting: referrals.filter((r) => r.status === 'SUBMITTED'),
    accepted: referrals.filter((r) => r.status === 'ACCEPTED'),
    inCare: referrals.filter((r) => r.status === 'BOOKED'),
  };
}

/** The discharge form as typed: scores as text, so an empty field means "not measured". */
export interface DischargeDraft {
  phq9AtStart: string;
  phq9AtEnd: string;
  gad7AtStart: string;
  gad7AtEnd: string;
  goalsAchieved: string;
  recommendations: string;
}

export type DischargeField = keyof DischargeDraft;

/** The measures' ranges, as the graph checks them: PHQ-9 0–27, GAD-7 0–21. */
const SCORE_MAX: Partial<Record<DischargeField, number>> = { phq9AtStart: 27, phq9AtEnd: 27, gad7AtStart: 21, gad7AtEnd: 21 };
const SCORE_NAME: Partial<Record<DischargeField, string>> = { phq9AtStart: 'PHQ-9 at the start', phq9AtEnd: 'PHQ-9 at the end', gad7AtStart: 'GAD-7 at the start', gad7AtEnd: 'GAD-7 at the end' };

/** What is wrong with a discharge draft, field by field (the same rules the graph applies); empty when nothing is. */
export function dischargeProblems(draft: DischargeDraft): Partial<Record<DischargeField, string>> {
  const problems: Partial<Record<DischargeField, string>> = {};
  for (const [field, max] of Object.entries(SCORE_MAX) as Array<[DischargeField, number]>) {
    const text = draft[field].trim();
    if (text && !(/^\d+$/.test(text) && Number(text) <= max)) problems[field] = `${SCORE_NAME[field]} must be a whole number from 0 to ${max}, or left empty if not measured.`;
  }
  if (!draft.goalsAchieved.trim()) problems.goalsAchieved = 'Say which goals were achieved, in plain words.';
  else if (draft.goalsAchieved.trim().length > 2000) problems.goalsAchieved = 'Goals achieved: at most 2,000 characters.';
  if (!draft.recommendations.trim()) problems.recommendations = 'Give your recommendations for the person and the referrer.';
  else if (draft.recommendations.trim().length > 2000) problems.recommendations = 'Recommendations: at most 2,000 characters.';
  return problems;
}

/** The graph's input for a valid draft: empty scores left out. */
export function dischargeInput(referralId: string, draft: DischargeDraft) {
  const score = (text: string) => (text.trim() ? Number(text.trim()) : null);
  return {
    referralId,
    phq9AtStart: score(draft.phq9AtStart),
    phq9AtEnd: score(draft.phq9AtEnd),
    gad7AtStart: score(draft.gad7AtStart),
    gad7AtEnd: score(draft.gad7AtEnd),
    goalsAchieved: draft.goalsAchieved.trim(),
    recommendations: draft.recommendations.trim(),
  };
}

