import { registerEnumType } from 'type-graphql';

/** What a person does for an organisation on Caregraph. */
export enum OrganisationRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

registerEnumType(OrganisationRole, {
  name: 'OrganisationRole',
  description: 'What a person does for an organisation on Caregraph.',
  valuesConfig: {
    ADMIN: { description: "Manages the organisation's API clients (creates, rotates and revokes them)." },
    MEMBER: { description: 'Belongs to the organisation and can see it.' },
  },
});
