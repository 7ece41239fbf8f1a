import type { ConsentKind } from '../gql/graphql';

/** What each consent means for the person, in plain words beside its checkbox. */
export const CONSENT_EXPLANATIONS: Record<string, string> = {
  TERMS_OF_USE: 'The rules for using Caregraph.',
  PRIVACY_NOTICE: 'What we do with your personal information, and your rights over it.',
  HEALTH_DATA_PROCESSING:
    'Lets us keep information about your health (such as your sessions and care plan) so your therapist can help you. We need it before you can book. You can withdraw it later.',
};

/** The documents ticked on the sign-up form, with the versions shown. */
export function acceptedConsents(documents: ReadonlyArray<{ kind: ConsentKind; version: string }>, ticked: Partial<Record<string, boolean>>) {
  return documents.filter((d) => ticked[d.kind]).map((d) => ({ kind: d.kind, version: d.version }));
}
