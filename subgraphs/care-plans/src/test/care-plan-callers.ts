import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import type { GraphStandIn } from './graph-stand-in';

/** A therapist, their listing and one client they have a care relationship with, registered in the stand-in. */
export function careTeam(graph: GraphStandIn): { therapist: Caller; listingId: string; client: Caller } {
  const therapistUserId = randomUUID();
  const listingId = randomUUID();
  const clientId = randomUUID();
  graph.therapists.set(therapistUserId, { listingId, clients: new Set([clientId]) });
  return { therapist: { userId: therapistUserId, roles: ['THERAPIST'] }, listingId, client: { userId: clientId, roles: ['CLIENT'] } };
}

export const anAdmin = (): Caller => ({ userId: randomUUID(), roles: ['ADMIN'] });
export const aClient = (): Caller => ({ userId: randomUUID(), roles: ['CLIENT'] });
