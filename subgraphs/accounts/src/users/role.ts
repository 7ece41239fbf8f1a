import { registerEnumType } from 'type-graphql';

/** What a person does on the platform; decides what they may see and do. */
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
