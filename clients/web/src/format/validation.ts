// Checks made in the browser before anything is sent, mirroring the graph's own rules, so a person
// hears about a mistake next to the field at once. The graph checks everything again.

/** Field name → what is wrong with it, in words for the person filling the form. */
export type FieldErrors = Partial<Record<string, string>>;

/** A full UK postcode (`LS6 2AB`, `SW1A 1AA`), any letter case and spacing. */
const FULL_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
/** An outward code alone (`LS6`), which directory search also accepts. */
const OUTWARD_CODE = /^[A-Z]{1,2}\d[A-Z\d]?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isFullPostcode(text: string): boolean {
  return FULL_POSTCODE.test(text.trim());
}

/** `ls62ab` → `LS6 2AB`. */
export function normalisePostcode(text: string): string {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 && isFullPostcode(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export interface SearchFormValues {
  postcode: string;
  radiusKm: string;
  maxFee: string;
}

export function validateSearch(values: SearchFormValues, parsePence: (text: string) => number | undefined): FieldErrors {
  const errors: FieldErrors = {};
  const postcode = values.postcode.trim();
  if (postcode && !isFullPostcode(postcode) && !OUTWARD_CODE.test(postcode)) {
    errors.postcode = 'Enter a UK postcode, like LS6 2AB, or the first part of one, like LS6.';
  }
  if (values.radiusKm.trim()) {
    const radius = Number(values.radiusKm);
    if (!Number.isFinite(radius) || radius <= 0 || radius > 200) errors.radiusKm = 'Enter a distance between 1 and 200 km.';
    else if (!postcode) errors.postcode = 'Enter a postcode to search within a distance of it.';
  }
  if (values.maxFee.trim() && parsePence(values.maxFee) === undefined) {
    errors.maxFee = 'Enter an amount in pounds, like 80 or 75.50.';
  }
  return errors;
}

export interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
  acceptedTerms: boolean;
  acceptedPrivacy: boolean;
}

export function validateSignUp(values: SignUpValues): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.displayName.trim();
  if (!name) errors.displayName = 'Enter the name you would like your therapist to call you.';
  else if (name.length > 100) errors.displayName = 'Your name must be 100 characters or fewer.';
  if (!EMAIL.test(values.email.trim())) errors.email = 'Enter an e-mail address, like name@example.com.';
  if (values.password.length < 8) errors.password = 'Your password must be at least 8 characters long.';
  else if (values.password.length > 256) errors.password = 'Your password must be 256 characters or fewer.';
  if (!values.acceptedTerms) errors.acceptedTerms = 'You need to agree to the terms of use to open an account.';
  if (!values.acceptedPrivacy) errors.acceptedPrivacy = 'You need to confirm you have read the privacy notice to open an account.';
  return errors;
}

export function validateSignIn(values: { email: string; password: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (!EMAIL.test(values.email.trim())) errors.email = 'Enter the e-mail address you signed up with.';
  if (!values.password) errors.password = 'Enter your password.';
  return errors;
}

export interface BookingValues {
  startsAt: string;
  format: string;
  postcode: string;
  referralSource: string;
  note: string;
}

export const NOTE_MAX = 1000;
export const REASON_MAX = 500;

export function validateBooking(values: BookingValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.startsAt) errors.startsAt = 'Choose a time for your session.';
  if (!values.format) errors.format = 'Choose how you would like to meet.';
  if (values.format === 'HOME_VISIT') {
    if (!values.postcode.trim()) errors.postcode = 'Enter the postcode of your home, so the therapist knows where to visit.';
    else if (!isFullPostcode(values.postcode)) errors.postcode = 'Enter your full postcode, like LS6 2AB.';
  }
  if (!values.referralSource) errors.referralSource = 'Tell us how you came to Caregraph.';
  if (values.note.length > NOTE_MAX) errors.note = `Your note must be ${NOTE_MAX} characters or fewer (it has ${values.note.length}).`;
  return errors;
}

export function validateCancellation(reason: string): FieldErrors {
  const trimmed = reason.trim();
  if (!trimmed) return { reason: 'Tell your therapist briefly why you are cancelling.' };
  if (trimmed.length > REASON_MAX) return { reason: `Your reason must be ${REASON_MAX} characters or fewer.` };
  return {};
}

export function validateDeletion(values: { password: string; understood: boolean }): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.password) errors.password = 'Enter your password to confirm it is you.';
  if (!values.understood) errors.understood = 'Confirm that you understand what happens to your data.';
  return errors;
}

/** True when the form has no errors. */
export function isValid(errors: FieldErrors): boolean {
  return Object.values(errors).every((message) => !message);
}
