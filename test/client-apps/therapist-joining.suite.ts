// The therapist workspace's joining screens (clients/therapist: joining/, listing/, schedule/) in
// headless Chromium (Debian's chromium, driven by playwright-core) against the real platform, served as
// `npm start` serves it, on a 390 px wide phone: a new therapist joins with the consents, confirms the
// e-mail address from the .eml accounts wrote, writes a listing (a server's field error beside its box,
// the missing fields listed before and when sending it too soon), sends it for review, sets a schedule
// with a day off and sees the next 14 days exactly as the graph offers them to clients, and has a save
// refused because the schedule changed on another device, explained with the saved version and kept.
// axe-core checks every page; a failing step leaves a screenshot under test-results/.
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes, randomInt } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithChromium } from '../support/chromium';
import { accessibilityProblems } from '../support/accessibility';
import { stepWithScreenshots } from '../support/failure-screenshots';
import type { RunningPlatform } from '../support/platform';
import { appsPlatform, mailedToken, openPhone, OVERFLOW } from './apps-platform';

const DAY = 86_400_000;

/** The id of the element with the keyboard focus. */
const FOCUSED_ID = `document.activeElement?.id ?? ''`;

/** An instant → `Tuesday 3 March 2026` in UK time, as the client app and the preview write a day. */
const ukDay = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })
    .formatToParts(new Date(iso))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join(' ');
const ukTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/London' }).format(new Date(iso));
const ukDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' }).format(new Date(iso));

describeWithChromium('the therapist workspace: joining, the listing and the schedule', () => {
  const therapist = { name: 'Rowan Testbrook', email: `twj-e2e-${randomBytes(4).toString('hex')}@caregraph.example`, password: 'quiet paths at dawn', hcpc: `OT${randomInt(100000, 899999)}` }; // outside the demo roster's OT9xxxxx
  let platform: RunningPlatform;
  let appUrl: string;
  let context: BrowserContext;
  let page: Page;
  let token = '';
  let therapistId = '';
  let cspViolations: string[] = [];

  /** One operation through the gateway as the new therapist; fails the test on any error. */
  async function graph<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphqlRequest<T>(platform.urls.gateway, query, variables, token ? { authorization: `Bearer ${token}` } : {});
    if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  const checkPage = async () => {
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.evaluate(OVERFLOW)).toBeLessThanOrEqual(0);
  };
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
  const main = () => page.getByRole('main');

  beforeAll(async () => {
    platform = await appsPlatform();
    appUrl = platform.urls.therapist!;
    if (!appUrl) throw new Error(`the platform did not serve the therapist workspace:\n${platform.output()}`);
    ({ context, page, cspViolations } = await openPhone());
  }, 240_000);

  afterAll(() => context?.close());

  /** A test whose failure leaves a screenshot of the page in test-results/. */
  const step = stepWithScreenshots('therapist-joining', () => [page], 45_000);

  step('joins as a therapist with the consents, from the sign-in page, and lands on the listing', async () => {
    await page.goto(`${appUrl}sign-in`);
    await main().getByRole('link', { name: 'Join as a therapist' }).click();
    await heading('Join Caregraph as a therapist');
    await page.getByLabel(/I agree to the .*terms/i).waitFor();
    await checkPage();
    // Nothing filled in: each box says what is missing, and the summary takes the focus.
    await page.getByRole('button', { name: /^Create account/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Check the highlighted fields' }).waitFor();
    expect(await page.locator('#consent-TERMS_OF_USE-error').innerText()).toContain('You need to agree to the terms of use');
    expect(await page.evaluate('document.activeElement?.className ?? ""')).toContain('error-summary');
    await checkPage();
    await page.getByLabel('Your name').fill(therapist.name);
    await page.getByLabel('E-mail address').fill(therapist.email);
    await page.getByLabel('Create a password').fill(therapist.password);
    for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
    await page.getByRole('button', { name: /^Create account/ }).click();
    await page.waitForURL((url) => url.pathname === '/listing');
    await heading('Your listing');
    await page.getByRole('status').filter({ hasText: `We have sent a link to ${therapist.email}` }).waitFor();
    await page.getByRole('region', { name: 'E-mail address not confirmed' }).waitFor();
    await checkPage();
    const login = await graph<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: therapist.email, password: therapist.password } });
    token = login.login.accessToken;
    const me = await graph<{ me: { role: string; consents: Array<{ kind: string; given: boolean }> } }>('{ me { role consents { kind given } } }');
    expect(me.me.role).toBe('THERAPIST');
    expect(me.me.consents.filter((c) => c.given).map((c) => c.kind).sort()).toEqual(['PRIVACY_NOTICE', 'TERMS_OF_USE']);
  });

  step('confirms the e-mail address with the link from the .eml', async () => {
    const link = await mailedToken(therapist.email, 'verify-email');
    await page.goto(`${appUrl}verify-email?token=${link}`);
    await heading('Confirm your e-mail address');
    await page.getByRole('status').filter({ hasText: 'your e-mail address is confirmed' }).waitFor();
    await checkPage();
    await main().getByRole('link', { name: 'Go on with your listing' }).click();
    await heading('Your listing');
    await page.getByRole('heading', { level: 2, name: 'Write your listing' }).waitFor();
    expect(await page.getByRole('region', { name: 'E-mail address not confirmed' }).count()).toBe(0);
    await checkPage();
  });

  step('writes a draft: the server’s postcode error beside its box, then the missing fields listed', async () => {
    expect(await page.getByLabel('Name shown to clients').inputValue()).toBe(therapist.name);
    await page.getByLabel('HCPC registration number').fill(therapist.hcpc);
    await page.getByLabel('Base postcode').fill('LS6');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // Only the graph knows a postcode must be whole: its field error stands beside the box; nothing was created.
    await page.locator('#postcode-error').filter({ hasText: 'full UK postcode' }).waitFor();
    expect(await page.getByLabel('Base postcode').getAttribute('aria-invalid')).toBe('true');
    await checkPage();
    await page.getByLabel('Base postcode').fill('LS6 2AB');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { level: 2, name: /Status: Draft/ }).waitFor();
    const missing = page.getByRole('region', { name: /Status/ }).getByRole('list').first();
    const listed = await missing.getByRole('link').allInnerTexts();
    expect(listed).toEqual(expect.arrayContaining(['Headline', 'About you and how you work', 'Languages', 'Fee per session', 'Town or city']));
    expect(listed).not.toContain('Base postcode');
    await checkPage();
    // Sending it anyway: refused, with the graph's own list; the listing stays a draft.
    await page.getByRole('button', { name: 'Send for review' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'cannot be sent for review yet' });
    await refusal.waitFor();
    expect(await refusal.getByRole('link').allInnerTexts()).toEqual(listed);
    const listing = await graph<{ me: { therapistProfile: { id: string; status: string } } }>('{ me { therapistProfile { id status } } }');
    expect(listing.me.therapistProfile.status).toBe('DRAFT');
    therapistId = listing.me.therapistProfile.id;
    // A missing field's link takes the keyboard to its box.
    await refusal.getByRole('link', { name: 'Headline' }).click();
    expect(await page.evaluate(FOCUSED_ID)).toBe('headline');
  });

  step('fills in every required field and sends the listing for review', async () => {
    await page.getByLabel('Headline').fill('Getting back to the things that matter');
    await page.getByLabel('About you and how you work').fill('I work with people recovering from anxiety, building routines one small step at a time.');
    await page.getByLabel('Years of experience as an occupational therapist').fill('6');
    await page.getByRole('group', { name: 'Languages you hold sessions in' }).getByLabel('English', { exact: true }).check();
    await page.getByRole('group', { name: /^Conditions you help with/ }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /^Approaches/ }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /^How you see clients/ }).getByLabel('A video session').check();
    await page.getByRole('group', { name: /^Ways to pay/ }).getByRole('checkbox').first().check();
    await page.getByLabel('Fee per session, in pounds (£)').fill('70');
    await page.getByLabel('Session length, in minutes').fill('60');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Your draft is saved' }).waitFor();
    await page.getByText('Your listing is complete.').waitFor();
    await page.getByLabel('Note for the reviewer (optional)').fill('Registered since 2020.');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('heading', { level: 2, name: /Status: Waiting for review/ }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Sent for review' }).waitFor();
    const history = page.getByRole('region', { name: 'History' });
    expect(await history.getByRole('listitem').first().innerText()).toMatch(/Sent for review[\s\S]*by you[\s\S]*Registered since 2020\./);
    await page.getByRole('region', { name: 'HCPC registration' }).getByText(therapist.hcpc).waitFor();
    // Under review, nothing can be edited.
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    await checkPage();
  });

  step('sets a schedule with a day off and previews the next 14 days as clients see them', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
    await heading('Your schedule');
    await page.getByText('You have no schedule yet').waitFor();
    await checkPage();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await page.getByRole('button', { name: `Add hours on ${day}` }).click();
      // The new range's first box takes the focus, ready to type.
      expect(await page.evaluate(FOCUSED_ID)).toMatch(/^hours-.*-start$/);
    }
    // A weekday three to nine days ahead becomes a day off.
    const dayOff = [3, 4, 5, 6, 7, 8, 9].map((n) => new Date(Date.now() + n * DAY)).find((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5)!;
    await page.getByRole('button', { name: 'Add a date' }).click();
    await page.locator('input[type="date"]').fill(ukDate(dayOff.toISOString()));
    await page.getByLabel('Minimum notice, in hours').fill('2');
    // More than a week is refused beside the box, before anything is sent; two days is saved and is the policy clients see.
    const cutoff = page.getByLabel('Free cancellation ends, in hours before a session');
    await cutoff.fill('200');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByRole('link', { name: 'Enter a whole number of hours from 0 to 168 (a week).' }).waitFor();
    expect(await cutoff.getAttribute('aria-invalid')).toBe('true');
    await cutoff.fill('48');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await page.getByRole('status').filter({ hasText: 'Your schedule is saved' }).waitFor();
    await checkPage();
    const policy = await graph<{ therapist: { cancellationPolicy: { freeCancellationHours: number } } }>(
      'query ($id: ID!) { therapist(id: $id) { cancellationPolicy { freeCancellationHours } } }',
      { id: therapistId },
    );
    expect(policy.therapist.cancellationPolicy).toEqual({ freeCancellationHours: 48 });

    const preview = page.getByRole('region', { name: /What clients see/ });
    await preview.getByRole('heading', { level: 3 }).first().waitFor();
    const hour = 3_600_000;
    const from = new Date(Math.floor(Date.now() / hour) * hour).toISOString();
    const to = new Date(Date.parse(from) + 14 * DAY).toISOString();
    // The field the client app asks; as the owner, since an unpublished listing is visible to no one else yet.
    const offered = await graph<{ therapist: { availability: Array<{ startsAt: string }> } }>(
      'query ($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(from: $from, to: $to) { startsAt } } }',
      { id: therapistId, from, to },
    );
    const days = new Map<string, string[]>();
    for (const slot of offered.therapist.availability) days.set(ukDay(slot.startsAt), [...(days.get(ukDay(slot.startsAt)) ?? []), ukTime(slot.startsAt)]);
    expect([...days.keys()].length).toBeGreaterThan(0);
    expect(await preview.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([...days.keys()]);
    expect(await preview.locator('.preview-day p').allInnerTexts()).toEqual([...days.values()].map((times) => times.join(', ')));
    expect([...days.keys()]).not.toContain(ukDay(dayOff.toISOString()));
  });

  step('a save refused because the schedule changed on another device is explained, and the edits are kept', async () => {
    // Another device saves the schedule first, keeping 30 minutes free before each session.
    const current = await graph<{ therapist: { schedule: { version: number } } }>('query ($id: ID!) { therapist(id: $id) { schedule { version } } }', { id: therapistId });
    await graph('mutation ($id: ID!, $v: Int, $input: ScheduleInput!) { setTherapistSchedule(therapistId: $id, expectedVersion: $v, input: $input) { version } }', {
      id: therapistId,
      v: current.therapist.schedule.version,
      input: { weeklyHours: [{ weekday: 'MONDAY', start: '09:00', end: '12:00' }], bufferBeforeMinutes: 30 },
    });
    await page.getByLabel('Session length, in minutes').fill('50');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Your schedule was changed somewhere else' });
    await conflict.waitFor();
    // The panel takes the focus in the commit that draws it (useFocusAfterRender): no frame to wait for.
    expect(await page.evaluate('document.activeElement?.className ?? ""')).toContain('conflict');
    const rows = await conflict.getByRole('row').allInnerTexts();
    expect(rows.join('\n')).toMatch(/Time kept free before a session\s+30 min\s+0 min/);
    expect(rows.join('\n')).toMatch(/Session length\s+60 min\s+50 min/);
    expect(await page.getByLabel('Session length, in minutes').inputValue()).toBe('50');
    await checkPage();
    // The therapist keeps their own edits, now against the saved version.
    await conflict.getByRole('button', { name: 'Save my edits instead' }).click();
    await page.getByRole('status').filter({ hasText: 'Your schedule is saved' }).waitFor();
    const saved = await graph<{ therapist: { schedule: { sessionMinutes: number; bufferBeforeMinutes: number; weeklyHours: unknown[] } } }>(
      'query ($id: ID!) { therapist(id: $id) { schedule { sessionMinutes bufferBeforeMinutes weeklyHours { weekday } } } }',
      { id: therapistId },
    );
    expect(saved.therapist.schedule.sessionMinutes).toBe(50);
    expect(saved.therapist.schedule.bufferBeforeMinutes).toBe(0);
    expect(saved.therapist.schedule.weeklyHours).toHaveLength(5);
    await checkPage();
  });

  step('ran under the Content-Security-Policy without a refusal', async () => {
    expect(cspViolations).toEqual([]);
  });
});
