import { registerEnumType } from 'type-graphql';

/** A way a client's sessions can be paid for. */
export enum FundingOption {
  SELF_PAY = 'SELF_PAY',
  NHS_REFERRAL = 'NHS_REFERRAL',
  INSURANCE = 'INSURANCE',
  EMPLOYER_SCHEME = 'EMPLOYER_SCHEME',
}

registerEnumType(FundingOption, {
  name: 'FundingOption',
  description: 'A way sessions can be paid for.',
  valuesConfig: {
    SELF_PAY: { description: 'The client pays the fee themselves.' },
    NHS_REFERRAL: { description: 'Funded by the NHS on referral (GP or community mental-health team).' },
    INSURANCE: { description: 'Paid by private health insurance.' },
    EMPLOYER_SCHEME: { description: "Paid by an employer's scheme, such as an employee assistance programme." },
  },
});
