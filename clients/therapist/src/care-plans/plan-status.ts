/** The status changes a therapist can make from each status (the graph's lifecycle: DRAFT → ACTIVE ↔ ON_HOLD → COMPLETED, or CANCELLED). */
export const STATUS_CHANGES: Record<string, Array<{ to: string; action: string; consequence: string }>> = {
  DRAFT: [
    { to: 'ACTIVE', action: 'Start the plan', consequence: 'The client can log activities and fill in check-ins.' },
    { to: 'CANCELLED', action: 'Cancel the plan', consequence: 'Final: the plan cannot be started again.' },
  ],
  ACTIVE: [
    { to: 'ON_HOLD', action: 'Put on hold', consequence: 'The client can still log activities and fill in check-ins.' },
    { to: 'COMPLETED', action: 'Mark completed', consequence: 'Final: the client can no longer log activities or check in on this plan.' },
    { to: 'CANCELLED', action: 'Cancel the plan', consequence: 'Final: the client can no longer log activities or check in on this plan.' },
  ],
  ON_HOLD: [
    { to: 'ACTIVE', action: 'Resume the plan', consequence: 'The plan is active again.' },
    { to: 'COMPLETED', action: 'Mark completed', consequence: 'Final: the client can no longer log activities or check in on this plan.' },
    { to: 'CANCELLED', action: 'Cancel the plan', consequence: 'Final: the client can no longer log activities or check in on this plan.' },
  ],
};

export function statusChanges(status: string): Array<{ to: string; action: string; consequence: string }> {
  return STATUS_CHANGES[status] ?? [];
}
