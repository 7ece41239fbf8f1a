// The figures the Lighthouse bench keeps from one Lighthouse report (LHR), and their medians over runs.
import { median } from '../lib/results.mjs';

/** The categories whose failed audits are listed, by their Lighthouse id, with the key used here. */
export const CHECKED_CATEGORIES = Object.freeze({ accessibility: 'accessibility', 'best-practices': 'bestPractices', seo: 'seo' });

/** The targets (mobile profile), each with the test a median must pass. */
export const TARGETS = Object.freeze({
  performance: { text: '≥ 95', met: (v) => v >= 95 },
  accessibility: { text: '100', met: (v) => v === 100 },
  bestPractices: { text: '100', met: (v) => v === 100 },
  seo: { text: '100', met: (v) => v === 100 },
  lcpMs: { text: '≤ 2.0 s', met: (v) => v <= 2000 },
  tbtMs: { text: '≤ 100 ms', met: (v) => v <= 100 },
});

const score = (lhr, id) => (typeof lhr.categories[id]?.score === 'number' ? Math.round(lhr.categories[id].score * 100) : NaN);
const numeric = (lhr, id) => (typeof lhr.audits[id]?.numericValue === 'number' ? lhr.audits[id].numericValue : NaN);

/** Audits of `category` that cost it points: weighted, scored and below 1, or that could not run. */
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.scoreDisplayMode === 'error' || (typeof audit.score === 'number' && audit.score < 1))
    .map((audit) => ({ id: audit.id, title: audit.title, error: audit.scoreDisplayMode === 'error' ? audit.errorMessage ?? 'error' : undefined }));
}

/** Performance audits that Lighthouse estimates would save time or bytes, the biggest first. */
function opportunities(lhr) {
  return lhr.categories.performance.auditRefs
    .filter((ref) => !ref.acronym) // the metrics themselves
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => typeof audit.score === 'number' && audit.score < 0.9)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      lcpMs: audit.metricSavings?.LCP ?? 0,
      fcpMs: audit.metricSavings?.FCP ?? 0,
      tbtMs: audit.metricSavings?.TBT ?? 0,
      bytes: audit.details?.overallSavingsBytes ?? 0,
    }))
    .filter((o) => o.lcpMs > 0 || o.fcpMs > 0 || o.tbtMs > 0 || o.bytes > 0);
}

/** One run's figures from its report. Throws when Lighthouse could not measure the page. */
export function figuresOf(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${lhr.finalDisplayedUrl ?? lhr.requestedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scripts = lhr.audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script');
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scriptRequests = requests.filter((r) => r.resourceType === 'Script');
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    speedIndexMs: numeric(lhr, 'speed-index'),
    jsBytes: scripts?.transferSize ?? NaN,
    jsRequests: scripts?.requestCount ?? NaN,
    // What the scripts are once decompressed: against jsBytes, how much compression saved.
    jsResourceBytes: scriptRequests.length ? scriptRequests.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0) : NaN,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    failed: Object.fromEntries(Object.entries(CHECKED_CATEGORIES).map(([id, key]) => [key, failedAudits(lhr, id)])),
    opportunities: opportunities(lhr),
    // Audits that failed to run at all (Lighthouse against a browser newer than it knows, say): their diagnostics are missing.
    couldNotRun: Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error').map((audit) => ({ id: audit.id, title: audit.title, error: audit.errorMessage ?? 'error' })),
    warnings: lhr.runWarnings ?? [],
  };
}

const FIGURES = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'speedIndexMs', 'jsBytes', 'jsResourceBytes', 'jsRequests', 'benchmarkIndex'];

/** Each id with its title, in how many runs it appeared, and the median of `numbers` over those runs. */
function tally(lists, numbers = []) {
  const byId = new Map();
  for (const item of lists.flat()) {
    const entry = byId.get(item.id) ?? { id: item.id, title: item.title, runs: 0, values: [] };
    entry.runs += 1;
    entry.values.push(item);
    if (item.error) entry.error = item.error;
    byId.set(item.id, entry);
  }
  return [...byId.values()].map(({ values, ...entry }) => ({
    ...entry,
    ...Object.fromEntries(numbers.map((key) => [key, median(values.map((v) => v[key]))])),
  }));
}

/** The medians of a page's runs, the audits that failed (with in how many runs) and the chief opportunities. */
export function summarisePage(runs) {
  const medians = Object.fromEntries(FIGURES.map((key) => [key, median(runs.map((r) => r[key]))]));
  const targets = Object.fromEntries(Object.entries(TARGETS).map(([key, target]) => [key, Number.isFinite(medians[key]) && target.met(medians[key])]));
  const failed = Object.fromEntries(Object.values(CHECKED_CATEGORIES).map((key) => [key, tally(runs.map((r) => r.failed[key]))]));
  const chief = tally(runs.map((r) => r.opportunities), ['lcpMs', 'fcpMs', 'tbtMs', 'bytes'])
    .sort((a, b) => b.lcpMs - a.lcpMs || b.tbtMs - a.tbtMs || b.bytes - a.bytes)
    .slice(0, 6);
  const couldNotRun = tally(runs.map((r) => r.couldNotRun ?? []));
  return { medians, targets, failed, opportunities: chief, couldNotRun };
}
