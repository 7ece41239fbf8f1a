/** One problem the client chose for the COPM-style ratings, rated 1–10 for performance and satisfaction. */
export interface CopmRating {
  problem: string;
  performance: number;
  satisfaction: number;
}

/** Up to five problems are rated (the COPM's usual practice). */
export const MAX_COPM_PROBLEMS = 5;
/** A change of this many points or more in an average is clinically meaningful (Law et al.). */
export const MEANINGFUL_COPM_CHANGE = 2;

/** Performance and satisfaction averages of a set of ratings, to two decimals. */
export function copmAverages(ratings: readonly CopmRating[]): { performance: number; satisfaction: number } {
  const average = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  return { performance: average(ratings.map((r) => r.performance)), satisfaction: average(ratings.map((r) => r.satisfaction)) };
}

/** Change from the previous average (null without one), rounded to two decimals. */
export function copmChange(current: number, previous: number | null): number | null {
  return previous === null ? null : Math.round((current - previous) * 100) / 100;
}

/** True when a change is meaningful (2 points or more either way). */
export function isMeaningfulChange(change: number | null): boolean {
  return change !== null && Math.abs(change) >= MEANINGFUL_COPM_CHANGE;
}

/** What a review keeps of its COPM ratings: the averages and their change from `previous` (the last review that rated COPM). */
export interface CopmSummary {
  copmPerformance: number;
  copmSatisfaction: number;
  copmPerformanceChange: number | null;
  copmSatisfactionChange: number | null;
}

export function copmSummary(ratings: readonly CopmRating[], previous: { copmPerformance: number | null; copmSatisfaction: number | null } | null): CopmSummary {
  const averages = copmAverages(ratings);
  return {
    copmPerformance: averages.performance,
    copmSatisfaction: averages.satisfaction,
    copmPerformanceChange: copmChange(averages.performance, previous?.copmPerformance ?? null),
    copmSatisfactionChange: copmChange(averages.satisfaction, previous?.copmSatisfaction ?? null),
  };
}
