/** An open risk flag with the plan and client it belongs to. */
export interface OpenFlag {
  id: string;
  reason: string;
  raisedAt: string;
  carePlanId: string;
  clientName: string;
}

interface PlanWithFlags {
  id: string;
  client: { displayName: string } | null;
  riskFlags: ReadonlyArray<{ id: string; reason: string; raisedAt: string; acknowledgedAt: string | null }>;
}

/** The flags nobody has acknowledged yet, across the therapist's plans, oldest first (the longest unseen comes first). */
export function openFlags(plans: readonly PlanWithFlags[]): OpenFlag[] {
  return plans
    .flatMap((plan) =>
      plan.riskFlags
        .filter((flag) => !flag.acknowledgedAt)
        .map((flag) => ({ id: flag.id, reason: flag.reason, raisedAt: flag.raisedAt, carePlanId: plan.id, clientName: plan.client?.displayName ?? 'A former client' })),
    )
    .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.id.localeCompare(b.id));
}
