import { registerEnumType } from 'type-graphql';

/** One of the two people in a session. */
export enum BookingParty {
  CLIENT = 'CLIENT',
  THERAPIST = 'THERAPIST',
}

registerEnumType(BookingParty, {
  name: 'BookingParty',
  description: 'One of the two people in a session.',
  valuesConfig: {
    CLIENT: { description: 'The client who booked.' },
    THERAPIST: { description: 'The therapist running the session.' },
  },
});
