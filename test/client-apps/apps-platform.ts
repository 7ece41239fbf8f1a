// The platform and the browser that the client app's and the therapist workspace's suites share
// (test/client-apps.e2e.test.ts): the platform as `npm start` runs it, serving both apps, with mail written as
// .eml files and the client app's links pointing at it; one Chromium, in which each suite opens browser contexts
// of its own (their own cookies and storage, as other phones and computers would have).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureAppBuilt } from '../support/app-build';
import { launchChromium } from '../support/chromium';
import type { AppPorts, RunningPlatform } from '../support/platform';
import { sharedPlatform, stopSharedPlatform } from '../support/shared-platform';

/** Where the platform's accounts service writes each e-mail, as an .eml file. */
export const APPS_MAIL_DIR = mkdtempSync(path.join(tmpdir(), 'caregraph-apps-mail-'));

let browser: Promise<Browser> | undefined;

/** The suites' platform, started by the first suite that asks, with each app built first when its sources changed. */
export function appsPlatform(): Promise<RunningPlatform> {
  ensureAppBuilt('clients/web');
  ensureAppBuilt('clients/therapist');
  // Links in the client app's mail (verify-email, reset-password) point at the client app this platform serves.
  const env = ({ web }: AppPorts) => ({ MAIL_DIR: APPS_MAIL_DIR, APP_BASE_URL: `http://127.0.0.1:${web}` });
  return sharedPlatform({ name: 'apps', env });
}

/** The suites' Chromium, launched by the first suite that asks. */
export function appsBrowser(): Promise<Browser> {
  browser ??= launchChromium();
  return browser;
}

/**
 * The token of the newest `route` link (`verify-email`, `reset-password`) mailed to `email`; each suite's people
 * have addresses of their own, so one folder serves them all.
 */
export async function mailedToken(email: string, route: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const tokens = readdirSync(APPS_MAIL_DIR)
      .sort()
      .map((file) => readFileSync(path.join(APPS_MAIL_DIR, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='))
      .filter((mail) => mail.includes(`To: ${email}`))
      .flatMap((mail) => [...mail.matchAll(new RegExp(`/${route}\\?token=([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]));
    if (tokens.length) return tokens[tokens.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${route} link was mailed to ${email}`);
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
  const context = await (await appsBrowser()).newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { context, page, cspViolations };
}

/** Closes the browser, stops the platform and drops its databases and mail. */
export async function stopApps(): Promise<void> {
  await (await browser?.catch(() => undefined))?.close();
  browser = undefined;
  await stopSharedPlatform();
  rmSync(APPS_MAIL_DIR, { recursive: true, force: true });
}
