// The bell and its notification panel (the client kit's, in every app), for the browser tests of the apps.
import type { Locator, Page } from 'playwright-core';

/**
 * Waits for the bell to count at least two unread notifications, opens its panel and waits for the new one titled
 * `newTitle`. The panel loads after the bell: one delivered in between shows in it, and the bell then counts it
 * too. Returns the open panel.
 */
export async function openBellWithUnread(page: Page, newTitle: string): Promise<Locator> {
  const bell = page.getByRole('button', { name: /^Notifications \d+ unread$/ });
  await bell.waitFor();
  const unread = Number((await bell.textContent())!.match(/(\d+) unread/)![1]);
  expect(unread).toBeGreaterThanOrEqual(2);
  await bell.click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await panel.getByRole('link', { name: `New: ${newTitle}` }).waitFor();
  const shownNew = await panel.getByRole('link', { name: /^New: / }).count();
  expect(shownNew).toBeGreaterThanOrEqual(unread);
  await page.getByRole('button', { name: `Notifications ${shownNew} unread` }).waitFor();
  return panel;
}

/** Marks everything in the open `panel` read: the bell counts none, and nothing in the panel is new. */
export async function markAllRead(page: Page, panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Mark all as read' }).click();
  await page.getByRole('button', { name: 'Notifications 0 unread' }).waitFor();
  expect(await panel.getByRole('link', { name: /^New: / }).count()).toBe(0);
}

/**
 * How the delivery worker titles what the sweeps send: a session reminder, to a client or a therapist
 * (worker/src/messages/sessions.ts), and a care plan's progress review coming due or overdue, to its
 * therapist (worker/src/messages/reviews.ts).
 */
const FROM_A_SWEEP = /^New: (Reminder: |A progress review is (due|overdue)$)/;

/**
 * Reloads the page, opens the bell's panel and checks that what was marked read stays read: the
 * notification titled `readTitle` is listed as read, and nothing is new but what a sweep sent. The
 * sweeps run on their own clock (every minute), so a reminder for a session booked earlier in the test,
 * or the notice of a demo plan's overdue review, may arrive between the marking and the reload (and then
 * counts, rightly, as unread). The bell's count must then agree with the panel. Returns the open panel.
 */
export async function reopenPanelAfterReload(page: Page, readTitle: string): Promise<Locator> {
  await page.reload();
  await page.getByRole('button', { name: /^Notifications \d+ unread$/ }).click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  await panel.getByRole('link', { name: readTitle, exact: true }).waitFor();
  const newLinks = await panel.getByRole('link', { name: /^New: / }).allTextContents();
  expect(newLinks.filter((name) => !FROM_A_SWEEP.test(name))).toEqual([]);
  await page.getByRole('button', { name: `Notifications ${newLinks.length} unread` }).waitFor();
  return panel;
}
