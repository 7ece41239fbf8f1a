// How the person reads where their referral stands (the app's own words, not the integrators').

export const MY_REFERRAL_STATUS: Record<string, string> = {
  SUBMITTED: 'Sent to the therapist, who has not decided yet',
  ACCEPTED: 'Accepted: you can book your first session',
  DECLINED: 'The therapist cannot take you on',
  BOOKED: 'Your first session is booked',
  DISCHARGED: 'Care has ended',
  WITHDRAWN: 'Withdrawn by whoever referred you',
};
