// Session times as people in the UK read them, whatever the server's own time zone or the season:
// "Tuesday 8 December at 10:00" (docs/architecture.md#time-and-money).

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as London wall-clock words, or undefined when it is missing or not a valid instant. */
export function formatLondonTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return undefined;
  // Built from the parts rather than format(), so the words do not move with the ICU version's literals.
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} at ${parts.hour}:${parts.minute}`;
}
