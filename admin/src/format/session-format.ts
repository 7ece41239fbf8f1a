import type { SessionFormat } from '../gql/graphql';

/** How a session takes place (a listing's formats, a booking's format), in words. */
export const SESSION_FORMAT_LABELS: Record<SessionFormat, string> = {
  HOME_VISIT: 'Home visit',
  ONLINE: 'Online',
  CLINIC: 'Clinic',
};
