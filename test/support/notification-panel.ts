// The notification panel after "Mark all as read" and a reload, for the browser tests of the apps.
import type { Locator, Page } from 'playwright-core';

/** How the delivery worker titles a session reminder, to a client or a therapist (worker/src/messages/sessions.ts). */
const SESSION_REMINDER = /^New: Reminder: /;

/**
 * Reloads the page, opens the bell's panel and checks that what was marked read stays read: the
 * notification titled `readTitle` is listed as read, and nothing is new but a session reminder. The
 * reminder sweep runs on its own clock, so one for a session booked earlier in the test may arrive
 * between the marking and the reload (and then counts, rightly, as unread). The bell's count must then
 * agree with the panel. Returns the open panel.
 */
export async function reopenPanelAfterReload(page: Page, readTitle: string): Promise<Locator> {
  await page.reload();
  await page.getByRole('button', { name: /^Notifications \d+ unread$/ }).click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await panel.getByRole('link', { name: readTitle, exact: true }).waitFor();
  const newLinks = await panel.getByRole('link', { name: /^New: / }).allTextContents();
  expect(newLinks.filter((name) => !SESSION_REMINDER.test(name))).toEqual([]);
  await page.getByRole('button', { name: `Notifications ${newLinks.length} unread` }).waitFor();
  return panel;
}
