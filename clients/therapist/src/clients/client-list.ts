export interface ClientPlan {
  id: string;
  status: string;
  startDate: string;
  nextReviewDue: string;
  overdueForReview: boolean;
  client: { id: string; displayName: string } | null;
}

/** One client as `myClients` gives them (the care relationship and session counts come from the graph). */
export interface TherapistClient {
  client: { id: string; displayName: string };
  completedSessions: number;
  nextSession?: { id: string; startsAt: string } | null;
}

export interface ClientEntry {
  id: string;
  displayName: string;
  /** Their next session still going ahead, if any. */
  nextSession?: { id: string; startsAt: string } | null;
  /** Sessions that took place. */
  completedSessions: number;
  plans: ClientPlan[];
}

/**
 * The therapist's clients from the graph with their care plans beside them, by name (the graph orders by next
 * session, and knows no names). A plan whose client is no longer in `myClients` (every session since cancelled)
 * still shows, so no plan is out of reach.
 */
export function clientList(clients: readonly TherapistClient[], plans: readonly ClientPlan[]): ClientEntry[] {
  const entries = new Map<string, ClientEntry>(
    clients.map((c) => [c.client.id, { id: c.client.id, displayName: c.client.displayName, nextSession: c.nextSession, completedSessions: c.completedSessions, plans: [] }]),
  );
  for (const plan of plans) {
    if (!plan.client) continue;
    let entry = entries.get(plan.client.id);
    if (!entry) entries.set(plan.client.id, (entry = { id: plan.client.id, displayName: plan.client.displayName, completedSessions: 0, plans: [] }));
    entry.plans.push(plan);
  }
  return [...entries.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
}
