import { ConnectionType } from '@caregraph/runtime';
import { Therapist } from './therapist.entity';

/** `TherapistConnection` / `TherapistEdge`: a page of listings. */
export const TherapistConnection = ConnectionType(Therapist, 'Therapist');
export type TherapistConnection = InstanceType<typeof TherapistConnection>;
