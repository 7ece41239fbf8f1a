// British formats for everything the workspace shows. The dates, times and money every app shows alike
// come from the kit; what only the workspace needs (today's date for the graph) is here.
import { ukDayKey } from '@caregraph/client-kit/format';

export { formatDate, formatDateTime, formatDay, formatMoney, formatSession, formatShortDay, formatTime, groupByDay, ukDayKey, UK_TIME_ZONE } from '@caregraph/client-kit/format';

/** Today's UK calendar date as `YYYY-MM-DD` (a LocalDate for the graph). */
export function ukToday(now: Date = new Date()): string {
  return ukDayKey(now.toISOString());
}
