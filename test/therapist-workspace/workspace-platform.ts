// The platform and the browser the therapist workspace's suites share (test/therapist-workspace.e2e.test.ts): the
// platform as `npm start` runs it, serving the workspace, with mail written as .eml files; one Chromium, in which
// each suite opens a browser context of its own (its own cookies and storage, as another phone would have).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureAppBuilt } from '../support/app-build';
import { launchChromium } from '../support/chromium';
import type { RunningPlatform } from '../support/platform';
import { sharedPlatform, stopSharedPlatform } from '../support/shared-platform';

/** Where the platform's accounts service writes each e-mail, as an .eml file. */
export const WORKSPACE_MAIL_DIR = mkdtempSync(path.join(tmpdir(), 'caregraph-therapist-mail-'));

let browser: Promise<Browser> | undefined;

/** The suites' platform, started by the first suite that asks, with the workspace built first when its sources changed. */
export function workspacePlatform(): Promise<RunningPlatform> {
  ensureAppBuilt('clients/therapist');
  return sharedPlatform({ name: 'therapist', env: { MAIL_DIR: WORKSPACE_MAIL_DIR } });
}

/** The suites' Chromium, launched by the first suite that asks. */
export function workspaceBrowser(): Promise<Browser> {
  browser ??= launchChromium();
  return browser;
}

/** Closes the browser, stops the platform and drops its databases and mail. */
export async function stopWorkspace(): Promise<void> {
  await (await browser?.catch(() => undefined))?.close();
  browser = undefined;
  await stopSharedPlatform();
  rmSync(WORKSPACE_MAIL_DIR, { recursive: true, force: true });
}
