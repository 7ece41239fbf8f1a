/** An open risk flag as the home screen shows it: what raised it, when, and whose plan it is on. */
export interface OpenFlag {
  id: string;
  reason: string;
  raisedAt: string;
  carePlanId: string;
  clientName: string;
}

interface FlagNode {
  id: string;
  reason: string;
  raisedAt: string;
  carePlanId: string;
  client?: { displayName: string } | null;
}

/** A flag from `myOpenRiskFlags` (already open only, oldest first), named for the screen. */
export function openFlag(flag: FlagNode): OpenFlag {
  return { id: flag.id, reason: flag.reason, raisedAt: flag.raisedAt, carePlanId: flag.carePlanId, clientName: flag.client?.displayName ?? 'A former client' };
}
