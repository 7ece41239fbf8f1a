// The therapist's cancellation policy in words. The rule itself is the graph's: the hours come from
// `Therapist.cancellationPolicy` and each booking's cut-off from `Booking.freeCancellationUntil`.

/** `24` → `24 hours`, `1` → `1 hour`, `48` → `48 hours (2 days)`. */
export function hoursInWords(hours: number): string {
  const base = hours === 1 ? '1 hour' : `${hours} hours`;
  return hours >= 48 && hours % 24 === 0 ? `${base} (${hours / 24} days)` : base;
}

/** What a client is told before booking. */
export function cancellationPolicyText(freeCancellationHours: number): string {
  if (freeCancellationHours === 0) return 'You can cancel at any time before the session starts without it counting as a late cancellation.';
  return `You can cancel up to ${hoursInWords(freeCancellationHours)} before the session starts. Cancelling later is recorded as a late cancellation.`;
}

/** Whether cancelling at `now` falls after the booking's free cancellation ended (it then counts as late). */
export function freeCancellationEnded(booking: { freeCancellationUntil: string }, now: number): boolean {
  return now > Date.parse(booking.freeCancellationUntil);
}
