// For the apps' and the kit's component tests in jsdom: what axe finds wrong in a rendered screen.
import axe from 'axe-core';

/**
 * axe's violations in the rendered DOM. jsdom has no layout or canvas, so colour contrast and the
 * label-in-name check (it measures icon fonts) run in the browser tests instead.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  // Only the violations are collected in full: the passes, which nothing reads, triple a run's time.
  const results = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false }, region: { enabled: false }, 'label-content-name-mismatch': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}
