import { registerEnumType } from 'type-graphql';

/**
 * The role a delivery's recipient received it as. The same GraphQL enum as accounts' `Role` (same values
 * and descriptions, so the supergraph merges them into one type).
 */
export enum Role {
  CLIENT = 'CLIENT',
  THERAPIST = 'THERAPIST',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person does on Caregraph.',
  valuesConfig: {
    CLIENT: { description: 'Someone receiving occupational therapy.' },
    THERAPIST: { description: 'An HCPC-registered occupational therapist offering sessions.' },
    ADMIN: { description: 'Caregraph staff who moderate listings and accounts.' },
  },
});
