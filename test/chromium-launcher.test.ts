// How the browser tests start chromium (test/support/chromium.ts): one --disable-features reaches the browser,
// playwright-core's own list and the tests' together, and a new context loads no address-bar popup.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DISABLED_FEATURES, describeWithChromium, launchChromium } from './support/chromium';

/** The command line of each chromium browser process this test process started (not its renderers or helpers). */
function browserCommandLines(): string[][] {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return children
    .map((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean))
    .filter((args) => args.some((arg) => /chrom/.test(arg)) && args.includes('--remote-debugging-pipe'));
}

describeWithChromium('the browser tests’ chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  it("gets one --disable-features: playwright-core's list with the tests' features added", () => {
    const [args] = browserCommandLines();
    expect(args).toBeDefined();
    const lists = args.filter((arg) => arg.startsWith('--disable-features='));
    expect(lists).toHaveLength(1);
    const features = lists[0].slice('--disable-features='.length).split(',');
    // Two of playwright-core's own (its reasons are in its chromiumSwitches), then the tests'.
    expect(features).toEqual(expect.arrayContaining(['PaintHolding', 'ThirdPartyStoragePartitioning', ...DISABLED_FEATURES]));
    expect(args).toEqual(expect.arrayContaining(['--headless', '--no-sandbox', '--disable-gpu']));
  });

  it('opens a context and a page with no address-bar popup loaded beside them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('data:text/html,<p>Caregraph</p>');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] })) as { targetInfos: Array<{ type: string; url: string }> };
    expect(targetInfos.filter((target) => target.type === 'page').map((target) => target.url)).toEqual(['data:text/html,<p>Caregraph</p>']);
    expect(targetInfos.filter((target) => /omnibox/.test(target.url))).toEqual([]);
    await context.close();
  });
});
