import { ConnectionType } from '@caregraph/runtime';
import { TherapistClient } from './therapist-client.type';

/** `TherapistClientConnection` / `TherapistClientEdge`: a page of a therapist's clients. */
export const TherapistClientConnection = ConnectionType(TherapistClient, 'TherapistClient');
export type TherapistClientConnection = InstanceType<typeof TherapistClientConnection>;
