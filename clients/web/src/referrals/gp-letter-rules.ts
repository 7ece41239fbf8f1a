// The GP letter form's rules: the same the graph applies (submitGpLetter), checked before anything is sent.

export interface GpLetterDraft {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  referrerName: string;
  letterDate: string;
  reason: string;
  urgency: string;
}

export type GpLetterField = keyof GpLetterDraft;

const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) as midnight UTC, or NaN. */
function dayOf(date: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
}

/** What is wrong with the draft, field by field; empty when nothing is. `now` is for tests. */
export function gpLetterProblems(draft: GpLetterDraft, now = Date.now()): Partial<Record<GpLetterField, string>> {
  const problems: Partial<Record<GpLetterField, string>> = {};
  if (!draft.givenName.trim()) problems.givenName = 'Enter your first name as the letter gives it.';
  else if (draft.givenName.trim().length > 100) problems.givenName = 'Your first name: at most 100 characters.';
  if (!draft.familyName.trim()) problems.familyName = 'Enter your last name as the letter gives it.';
  else if (draft.familyName.trim().length > 100) problems.familyName = 'Your last name: at most 100 characters.';
  const born = dayOf(draft.dateOfBirth);
  if (Number.isNaN(born) || born > now) problems.dateOfBirth = 'Enter your date of birth; it cannot be in the future.';
  else {
    const sixteenth = new Date(born);
    sixteenth.setUTCFullYear(sixteenth.getUTCFullYear() + 16);
    if (sixteenth.getTime() > now) problems.dateOfBirth = 'Caregraph sees people aged 16 and over.';
  }
  if (draft.referrerName.trim().length < 2) problems.referrerName = 'Say who wrote the letter, for example “Dr A. Example, Northside Surgery”.';
  else if (draft.referrerName.trim().length > 120) problems.referrerName = 'Who wrote the letter: at most 120 characters.';
  const dated = dayOf(draft.letterDate);
  if (Number.isNaN(dated) || dated > now) problems.letterDate = 'Enter the date on the letter; it cannot be in the future.';
  else if (now - dated > 366 * DAY_MS) problems.letterDate = 'The letter is more than a year old: ask your GP for a new one.';
  if (!draft.reason.trim()) problems.reason = 'Say what the letter refers you for.';
  else if (draft.reason.trim().length > 2000) problems.reason = 'What the letter refers you for: at most 2,000 characters.';
  if (!['ROUTINE', 'SOON', 'URGENT'].includes(draft.urgency)) problems.urgency = 'Choose how soon the letter asks for you to be seen.';
  return problems;
}
