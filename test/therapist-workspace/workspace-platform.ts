// The platform and the browser the therapist workspace's suites share (test/therapist-workspace.e2e.test.ts): the
// platform as `npm start` runs it, serving the workspace, with mail written as .eml files; one Chromium, in which
// each suite opens a browser context of its own (its own cookies and storage, as another phone would have).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
export const OVERFLOW = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;

/** A suite's phone: its page in a browser context of its own, and what the page's Content-Security-Policy refused. */
export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Anything the workspace's Content-Security-Policy refused: a bug in the workspace. */
  cspViolations: string[];
}

/** Opens a phone-sized (390×844) page in UK English and time, in a browser context of its own on the suites' Chromium. */
export async function openPhone(): Promise<Phone> {
  const context = await (await workspaceBrowser()).newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { context, page, cspViolations };
}

/** Closes the browser, stops the platform and drops its databases and mail. */
export async function stopWorkspace(): Promise<void> {
  await (await browser?.catch(() => undefined))?.close();
  browser = undefined;
  await stopSharedPlatform();
  rmSync(WORKSPACE_MAIL_DIR, { recursive: true, force: true });
}
