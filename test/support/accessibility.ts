// What axe-core finds wrong in a page of one of the apps, for the browser tests.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// The minified build: the same rules, in 0.65 MB instead of 1.48 MB for each page to parse and compile.
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Resolves once every transition and finite animation on the page has ended (spinners run forever),
 * looking two frames on so that one just started is counted: mid-fade, a snackbar's or a dialog's text
 * is half-transparent, and axe measures its contrast so.
 */
const SETTLED = `new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)))
  .then(() => Promise.all(document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => undefined))))`;

/** Serious and critical axe-core violations on the page as it is now. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the apps' Content-Security-Policy does not govern (a
  // <script> tag would be refused, as it should be); once per document, not on every check.
  if (!(await page.evaluate(`typeof axe === 'object'`))) await page.evaluate(AXE);
  await page.evaluate(SETTLED);
  // Only the violations are collected in full: passes and inapplicable rules, which nothing reads, cost
  // a run three times as long.
  const violations = (await page.evaluate(`axe.run({ resultTypes: ['violations'] }).then((results) => results.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
