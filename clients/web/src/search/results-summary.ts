/**
 * The line above the results: how many therapists match. The directory counts exactly only up to a
 * bound; past it the graph says so (`totalCountIsExact: false`) and the line says "more than".
 */
export function resultsSummary(totalCount: number, totalCountIsExact: boolean): string {
  if (!totalCountIsExact) return `More than ${totalCount} therapists found`;
  return `${totalCount} ${totalCount === 1 ? 'therapist' : 'therapists'} found`;
}
