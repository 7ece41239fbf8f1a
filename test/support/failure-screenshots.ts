// What a browser suite leaves when one of its steps fails: a full-page screenshot of each of its pages under
// test-results/, named after the suite and the step.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const RESULTS = path.resolve(__dirname, '..', '..', 'test-results');

/**
 * Saves each page as `test-results/<prefix>-<step>.png` (`-<i>` after the step when there are several). A page that
 * cannot be captured (closed, crashed) is passed over: the step's own failure is what the run must report.
 */
export async function screenshotPages(prefix: string, step: string, pages: Array<Page | undefined>): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const base = `${prefix}-${step.replace(/\W+/g, '-').slice(0, 50)}`;
  const open = pages.filter((page): page is Page => page !== undefined);
  await Promise.all(
    open.map((page, i) => page.screenshot({ path: path.join(RESULTS, `${base}${open.length > 1 ? `-${i}` : ''}.png`), fullPage: true }).catch(() => undefined)),
  );
}

/** A suite's `it`: a step that fails leaves screenshots of `pages()` as they were, then fails as it would have. */
export function stepWithScreenshots(prefix: string, pages: () => Array<Page | undefined>, defaultTimeoutMs: number) {
  return (name: string, body: () => Promise<void>, timeout = defaultTimeoutMs) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        await screenshotPages(prefix, name, pages());
        throw error;
      }
    }, timeout);
}
