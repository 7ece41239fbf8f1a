import { addDays, londonMidnight } from '../format/format';
import { badInput } from './handler';

// What an admin typed into a filter or a dialog, checked before anything is sent.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id trimmed, or a 400 naming `field` when it is not one of the graph's ids. */
export function checkedId(field: string, value: unknown, what: string): string | undefined {
  if (value == null || value === '') return undefined;
  const id = String(value).trim();
  if (!UUID.test(id)) badInput(field, `${what}: paste the id as shown on the record (for example 3f2b…-…).`);
  return id;
}

/** The reason an admin typed, trimmed, or a 400 naming `reason` when it is blank or too long. */
export function checkedReason(value: unknown, label = 'Reason'): string {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (!reason) badInput('reason', `${label}: please give one.`);
  if (reason.length > 500) badInput('reason', `${label}: at most 500 characters, please.`);
  return reason;
}

/** A calendar date `YYYY-MM-DD` (a date input may add a time), or a 400 naming `field`. */
function checkedDate(field: string, value: unknown): string | undefined {
  if (value == null || value === '') return undefined;
  const date = String(value).slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) badInput(field, 'Use a date such as 31/03/2027.');
  return date;
}

/**
 * Filter dates `from` and `to` (London calendar dates, both included) as the instants the graph
 * takes: `from` at its midnight, `to` at the next day's; a 400 naming `to` when it is before `from`.
 */
export function londonDateSpan(from: unknown, to: unknown): { from?: string; to?: string } {
  const first = checkedDate('from', from);
  const last = checkedDate('to', to);
  if (first && last && last < first) badInput('to', 'The “to” date must be on or after the “from” date.');
  return { from: first ? londonMidnight(first) : undefined, to: last ? londonMidnight(addDays(last, 1)) : undefined };
}
