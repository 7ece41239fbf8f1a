import type { Session } from '../bookings/session-rules';

export interface ClientPlan {
  id: string;
  status: string;
  startDate: string;
  nextReviewDue: string;
  overdueForReview: boolean;
  client: { id: string; displayName: string } | null;
}

export interface ClientEntry {
  id: string;
  displayName: string;
  /** Their next session still going ahead, if any. */
  nextSession?: Session;
  /** Sessions that took place. */
  completedSessions: number;
  plans: ClientPlan[];
}

/**
 * The clients the therapist has a care relationship with (the graph's rule: a booking that was not
 * cancelled or declined), with their plans, by name. Built only from the therapist's own sessions and plans.
 */
export function clientList(sessions: readonly Session[], plans: readonly ClientPlan[], now: Date = new Date()): ClientEntry[] {
  const clients = new Map<string, ClientEntry>();
  const entry = (client: { id: string; displayName: string }) => {
    let found = clients.get(client.id);
    if (!found) clients.set(client.id, (found = { id: client.id, displayName: client.displayName, completedSessions: 0, plans: [] }));
    return found;
  };
  for (const session of sessions) {
    if (!session.client || session.status === 'CANCELLED' || session.status === 'DECLINED') continue;
    const client = entry(session.client);
    if (session.status === 'COMPLETED') client.completedSessions++;
    const ahead = (session.status === 'CONFIRMED' || session.status === 'REQUESTED') && new Date(session.startsAt) > now;
    if (ahead && (!client.nextSession || session.startsAt < client.nextSession.startsAt)) client.nextSession = session;
  }
  for (const plan of plans) if (plan.client) entry(plan.client).plans.push(plan);
  return [...clients.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}
