import { registerEnumType } from 'type-graphql';

/** Where a referral is in its life (docs/adr/029). */
export enum ReferralStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  BOOKED = 'BOOKED',
  DISCHARGED = 'DISCHARGED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'Where a referral is: SUBMITTED → ACCEPTED or DECLINED → BOOKED → DISCHARGED, or WITHDRAWN by the referrer before it is booked.',
  valuesConfig: {
    SUBMITTED: { description: 'Sent; the therapist has not decided yet.' },
    ACCEPTED: { description: 'The therapist will see the person; they can book their first session.' },
    DECLINED: { description: 'The therapist cannot take the person on (the reason says why).' },
    BOOKED: { description: 'The person has booked their first session.' },
    DISCHARGED: { description: 'Care has ended; the therapist has written the discharge summary.' },
    WITHDRAWN: { description: 'The referrer withdrew it before it was booked.' },
  },
});

/** How soon the referrer asks for the person to be seen. */
export enum ReferralUrgency {
  ROUTINE = 'ROUTINE',
  SOON = 'SOON',
  URGENT = 'URGENT',
}

registerEnumType(ReferralUrgency, {
  name: 'ReferralUrgency',
  description: 'How soon the referrer asks for the person to be seen. Caregraph is not a crisis service: for risk to life, use 999 or the local NHS crisis line.',
  valuesConfig: {
    ROUTINE: { description: 'Within the usual waiting time.' },
    SOON: { description: 'Within two weeks.' },
    URGENT: { description: 'Within a few days.' },
  },
});

/** Who pays for the sessions a referral leads to. */
export enum FundingRoute {
  SELF_PAY = 'SELF_PAY',
  NHS = 'NHS',
  EMPLOYER = 'EMPLOYER',
  INSURER = 'INSURER',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
}

registerEnumType(FundingRoute, {
  name: 'FundingRoute',
  description: 'Who pays for the sessions.',
  valuesConfig: {
    SELF_PAY: { description: 'The client pays.' },
    NHS: { description: 'The NHS pays (a GP or NHS referral).' },
    EMPLOYER: { description: "The client's employer pays (an assistance programme)." },
    INSURER: { description: "The client's health insurer pays." },
    LOCAL_AUTHORITY: { description: 'A local council pays.' },
  },
});

/** Where a referral came from. */
export enum ReferralOrigin {
  ORGANISATION = 'ORGANISATION',
  GP_LETTER = 'GP_LETTER',
}

registerEnumType(ReferralOrigin, {
  name: 'ReferralOrigin',
  description: 'Where a referral came from.',
  valuesConfig: {
    ORGANISATION: { description: "An organisation's system sent it (a GP practice, an NHS team, an employer's programme, a council)." },
    GP_LETTER: { description: "The person entered a referral letter from their GP themselves." },
  },
});
