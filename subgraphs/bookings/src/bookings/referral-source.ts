import { registerEnumType } from 'type-graphql';

/** How the client came to book: recorded for the therapist and for reporting to commissioners. */
export enum ReferralSource {
  SELF = 'SELF',
  GP = 'GP',
  NHS_CMHT = 'NHS_CMHT',
  EMPLOYER = 'EMPLOYER',
  LOCAL_COUNCIL = 'LOCAL_COUNCIL',
}

registerEnumType(ReferralSource, {
  name: 'ReferralSource',
  description: 'Who referred the client for the session.',
  valuesConfig: {
    SELF: { description: 'The client referred themselves.' },
    GP: { description: "The client's GP referred them." },
    NHS_CMHT: { description: 'An NHS community mental-health team referred them.' },
    EMPLOYER: { description: "The client's employer referred them (e.g. an employee assistance programme)." },
    LOCAL_COUNCIL: { description: 'A local council referred them (e.g. adult social care).' },
  },
});
