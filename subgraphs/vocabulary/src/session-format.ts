import { registerEnumType } from 'type-graphql';

/** Where a session takes place: therapists list the formats they offer, bookings the one a session has. */
export enum SessionFormat {
  HOME_VISIT = 'HOME_VISIT',
  ONLINE = 'ONLINE',
  CLINIC = 'CLINIC',
}

registerEnumType(SessionFormat, {
  name: 'SessionFormat',
  description: 'How a therapy session takes place.',
  valuesConfig: {
    HOME_VISIT: { description: "A session at the client's home" },
    ONLINE: { description: 'A video session' },
    CLINIC: { description: "A session at the therapist's clinic or practice rooms" },
  },
});
