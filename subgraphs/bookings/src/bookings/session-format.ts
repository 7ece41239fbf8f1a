import { registerEnumType } from 'type-graphql';

/**
 * Where a session takes place. A value type shared with the therapists subgraph: name,
 * values and descriptions must stay identical in both.
 */
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
