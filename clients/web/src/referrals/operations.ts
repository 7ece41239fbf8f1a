import { graphql } from '../gql';

/** What the person sees of their own referral: who referred them, to whom, where it stands, and the summary once discharged. */
export const MY_REFERRAL = graphql(`
  fragment MyReferral on Referral {
    id
    status
    origin
    createdAt
    statusChangedAt
    referrerName
    declineReason
    therapist {
      id
      displayName
    }
    dischargeSummary {
      phq9AtStart
      phq9AtEnd
      gad7AtStart
      gad7AtEnd
      goalsAchieved
      recommendations
      writtenAt
      sharedWithReferrer
    }
  }
`);

export const MY_REFERRALS = graphql(`
  query MyReferrals {
    myReferrals {
      ...MyReferral
    }
  }
`);

export const SHARE_DISCHARGE_SUMMARY = graphql(`
  mutation ShareDischargeSummary($referralId: ID!, $share: Boolean!) {
    shareDischargeSummary(referralId: $referralId, share: $share) {
      ...MyReferral
    }
  }
`);

export const SUBMIT_GP_LETTER = graphql(`
  mutation SubmitGpLetter($input: SubmitGpLetterInput!, $idempotencyKey: String!) {
    submitGpLetter(input: $input, idempotencyKey: $idempotencyKey) {
      ...MyReferral
    }
  }
`);
