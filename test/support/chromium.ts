// The browser the browser tests drive: Debian's chromium (or CHROMIUM_PATH) through playwright-core, started the
// same way by every file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** The chromium executable. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `describe` where the browser is installed; `describe.skip` (and a skipped file in the summary) where it is not. */
export const describeWithChromium = existsSync(CHROMIUM) ? describe : describe.skip;

/** Merges every --disable-features into one before starting CHROMIUM (Chromium keeps only the last). */
const LAUNCHER = path.join(__dirname, 'chromium-launcher.sh');

/**
 * Features turned off beside playwright-core's own list.
 * - The address bar's popup: each browser context is a window of its own, and each window loaded its address bar's
 *   suggestion popup as a web page in a renderer process of its own: about 1.7 s of CPU per context, and 0.4 s more
 *   in the browser process, for an address bar no test uses.
 * - The spare renderer: Chromium keeps a renderer process started ahead of the next navigation, and a new browser
 *   context cannot use the one started for another. The web client's file started 28 Chromium processes with it
 *   and 17 without, and Chromium took 5 % less CPU (two runs each, 44.8 and 42.1 CPU-s against 42.2 and 40.0).
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess'];

/** Starts headless chromium for a test file. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: LAUNCHER,
    env: { ...process.env, CAREGRAPH_CHROMIUM: CHROMIUM },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--disable-features=${DISABLED_FEATURES.join(',')}`],
  });
}
