// Short words for a list an admin scans (the graph's descriptions are sentences).

export const REFERRAL_STATUS_WORDS: Record<string, string> = {
  SUBMITTED: 'Submitted',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  BOOKED: 'Booked',
  DISCHARGED: 'Discharged',
  WITHDRAWN: 'Withdrawn',
};

export const REFERRAL_ORIGIN_WORDS: Record<string, string> = {
  ORGANISATION: "Organisation's system",
  GP_LETTER: 'GP letter, entered by the person',
};
