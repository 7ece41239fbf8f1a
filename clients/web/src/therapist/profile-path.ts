/** The words of a listing's address: its name and town, lower case, letters and digits joined by hyphens. */
export function listingSlug(listing: { displayName: string; city?: string | null }): string {
  return [listing.displayName, listing.city ?? '']
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * A listing's readable, stable address: `/therapists/<id>/<name-and-town>`. The id finds it (the words
 * may change with the name, and an address with old or no words still opens it); the page's canonical
 * link names the current words, so a search engine keeps one address per listing.
 */
export function profilePath(listing: { id: string; displayName: string; city?: string | null }): string {
  const slug = listingSlug(listing);
  return slug ? `/therapists/${listing.id}/${slug}` : `/therapists/${listing.id}`;
}
