// One Lighthouse run of one page in a Chromium of its own: Lighthouse's default configuration, which is
// the mobile profile (a Moto G Power-sized screen, simulated slow 4G, 4× CPU slowdown), stated outright
// so a change of Lighthouse's defaults cannot change what is measured unnoticed.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';

/** Debian's Chromium (CHROME_PATH moves it), with the flags every browser run of the project uses. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = Object.freeze(['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']);

export const LIGHTHOUSE_FLAGS = Object.freeze({
  formFactor: 'mobile',
  throttlingMethod: 'simulate',
  onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  output: 'json',
  logLevel: 'error',
});

const require = createRequire(import.meta.url);
/** chrome-launcher as Lighthouse itself brings it (it is Lighthouse's dependency, not the project's). */
const chromeLauncher = import(pathToFileURL(createRequire(require.resolve('lighthouse/package.json')).resolve('chrome-launcher')).href);

/** The browser's own version line (the user agent Chromium reports hides the minor numbers). */
export function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
  } catch {
    return undefined;
  }
}

/** Runs Lighthouse once on `url`; resolves with its report (LHR) and the report as JSON text. */
export async function auditOnce(url) {
  const { launch } = await chromeLauncher;
  let chrome;
  try {
    chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  } catch (error) {
    throw new Error(`could not start Chromium (${CHROMIUM}; set CHROME_PATH to use another): ${error.message}`);
  }
  try {
    const result = await lighthouse(url, { ...LIGHTHOUSE_FLAGS, port: chrome.port });
    if (!result) throw new Error(`Lighthouse returned no report for ${url}`);
    return { lhr: result.lhr, json: result.report };
  } finally {
    await chrome.kill();
  }
}
