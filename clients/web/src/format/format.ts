// British formats for everything the app shows. The dates, times and money every app shows alike come
// from the kit; what only the client app reads or shows (a fee limit typed in, a distance) is here.
export { formatDate, formatDateTime, formatDay, formatMoney, formatSession, formatShortDay, formatTime, groupByDay, ukDayKey, UK_TIME_ZONE } from '@caregraph/client-kit/format';

/** What a person types as a fee limit (`80`, `£75.50`, `75.5`) → whole pence; undefined when it is not an amount. */
export function poundsToPence(text: string): number | undefined {
  const cleaned = text.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  const [pounds, pence = ''] = cleaned.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

/** Kilometres → `3.4 km away` (the graph measures to the centre of the therapist's postcode district). */
export function formatDistance(km: number): string {
  return `${km.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km away`;
}
