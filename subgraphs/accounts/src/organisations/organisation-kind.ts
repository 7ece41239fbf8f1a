import { registerEnumType } from 'type-graphql';

/** What kind of body an organisation is; a GP practice is known by its ODS code. */
export enum OrganisationKind {
  GP_PRACTICE = 'GP_PRACTICE',
  NHS_TRUST = 'NHS_TRUST',
  NHS_TEAM = 'NHS_TEAM',
  EMPLOYER_PROGRAMME = 'EMPLOYER_PROGRAMME',
  LOCAL_COUNCIL = 'LOCAL_COUNCIL',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation working with Caregraph is.',
  valuesConfig: {
    GP_PRACTICE: { description: 'A GP practice, known by its ODS code (one letter and five digits, e.g. A81001).' },
    NHS_TRUST: { description: 'An NHS trust (its ODS code, e.g. RX4, when given).' },
    NHS_TEAM: { description: 'An NHS team, such as a community mental-health team.' },
    EMPLOYER_PROGRAMME: { description: "An employer's assistance programme." },
    LOCAL_COUNCIL: { description: 'A local council (adult social care, public health).' },
    OTHER: { description: 'Another body, such as a charity or an insurer.' },
  },
});
