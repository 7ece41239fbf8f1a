// The window of the schedule preview: the client app's first window of free times, so the preview
// reads exactly as a client's list does (times and days through ../format/format, in UK time).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many days the preview shows: the two weeks the client app's slot picker shows first. */
export const PREVIEW_DAYS = 14;

/** 14 days from the current whole hour (the same variables for the same hour, so the cached answer is reused). */
export function previewWindow(now: number, days = PREVIEW_DAYS): { from: string; to: string } {
  const start = Math.floor(now / HOUR) * HOUR;
  return { from: new Date(start).toISOString(), to: new Date(start + days * DAY).toISOString() };
}
