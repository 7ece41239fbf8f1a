/**
 * Purge tags of the gateway's cache of public reads (docs/adr/032). A subgraph that changed what an
 * anonymous read may show names the tags in this header of its answer; the gateway purges them before
 * its own answer leaves, on every replica at once (the cache compares each entry with the tags' generations).
 */
export const PURGE_HEADER = 'x-caregraph-purge';

/** Every directory listing page (search and the public listings); one tag, as any listing may move in them. */
export const DIRECTORY_TAG = 'directory';
/** Directory pages that show free times (`nextAvailableSlot`, `availability`): a schedule change moves them. */
export const DIRECTORY_TIMES_TAG = 'directory-times';

/** What one listing shows publicly (its profile): changed by moderation, hiding and edits. */
export const listingTag = (therapistId: string): string => `listing:${therapistId}`;
/** One listing's free times: changed by its schedule, a booking taking a slot, a cancellation freeing one. */
export const timesTag = (therapistId: string): string => `times:${therapistId}`;

/**
 * The tags a change to a listing purges: everything read through it (a read of one listing carries its
 * listing tag, free times included) and every directory page (each carries the directory tag).
 */
export function listingChangeTags(therapistId: string): string[] {
  return [listingTag(therapistId), DIRECTORY_TAG];
}

/** The tags a change to a listing's diary purges: its free times and the directory pages showing times. */
export function scheduleChangeTags(therapistId: string): string[] {
  return [timesTag(therapistId), DIRECTORY_TIMES_TAG];
}

/** The tags a header names (space-separated), without repeats; at most 64 are believed. */
export function parsePurgeHeader(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(/\s+/).filter((tag) => /^[a-z-]+(:[0-9a-f-]{1,64})?$/i.test(tag)))].slice(0, 64);
}
