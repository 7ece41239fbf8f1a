import type { ConsentKind } from '../gql/graphql';

// The joining form's own rules. A therapist agrees to the terms of use and the privacy notice; the
// health-data consent is about a client's own health records (bookings ask for it from the client
// booking), so the workspace does not ask therapists for it.

/** The consent documents a therapist agrees to when joining, in the order shown. */
export const THERAPIST_CONSENTS: readonly ConsentKind[] = ['TERMS_OF_USE', 'PRIVACY_NOTICE'];

/** What each consent means, in plain words beside its checkbox. */
export const CONSENT_EXPLANATIONS: Partial<Record<ConsentKind, string>> = {
  TERMS_OF_USE: 'The rules for offering therapy on Caregraph, including keeping your HCPC registration current.',
  PRIVACY_NOTICE: 'What we do with your personal information (and your clients’), and your rights over it.',
};

export interface JoinValues {
  displayName: string;
  email: string;
  password: string;
  ticked: Partial<Record<ConsentKind, boolean>>;
}

export type JoinErrors = Partial<Record<'displayName' | 'email' | 'password' | `consent-${ConsentKind}`, string>>;

/** Checks the form before asking accounts; the graph checks it all again. */
export function validateJoin(values: JoinValues): JoinErrors {
  const errors: JoinErrors = {};
  const name = values.displayName.trim();
  if (!name || name.length > 100) errors.displayName = 'Enter your name, up to 100 characters.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'Enter your e-mail address, like name@example.com.';
  if (values.password.length < 8 || values.password.length > 256) errors.password = 'Choose a password of 8 to 256 characters.';
  if (!values.ticked.TERMS_OF_USE) errors['consent-TERMS_OF_USE'] = 'You need to agree to the terms of use to join.';
  if (!values.ticked.PRIVACY_NOTICE) errors['consent-PRIVACY_NOTICE'] = 'You need to agree to the privacy notice to join.';
  return errors;
}

/** The ticked documents of those shown, each at the version shown. */
export function acceptedConsents(documents: ReadonlyArray<{ kind: ConsentKind; version: string }>, ticked: JoinValues['ticked']) {
  return documents.filter((d) => THERAPIST_CONSENTS.includes(d.kind) && ticked[d.kind]).map((d) => ({ kind: d.kind, version: d.version }));
}

/**
 * The form box a field accounts named belongs to: `consents.1.version` → that consent's checkbox
 * (the consents sent are the ticked ones, in document order).
 */
export function joinBoxOf(field: string | undefined, sent: ReadonlyArray<{ kind: ConsentKind }>): string | undefined {
  const consent = /^consents\.(\d+)/.exec(field ?? '');
  if (consent) {
    const kind = sent[Number(consent[1])]?.kind;
    return kind ? `consent-${kind}` : undefined;
  }
  return field;
}
