// The admin dashboard in headless Chromium (Debian's chromium, driven by playwright-core) against the
// real platform, served as `npm start` serves it: sign-in (with the authenticator step when accounts
// asks for it), the dashboard's figures, the queue, approving and rejecting listings and what public
// search then shows, finding and locking an account from the keyboard, bookings without clinical
// details, a care plan opened with break-glass, the audit log of all three, the notifications bell, the
// deliveries with a dead one retried, an organisation's webhook endpoint with its failed delivery replayed
// and the endpoint disabled, and the safety list of escalated risk flags. axe-core checks every
// page visited; a failing step leaves a screenshot under test-results/. Run by test/api-journeys.e2e.test.ts, on the
// platform the API suites share, after the notifications suite and before the revocation suite.
import { DEMO_ADMIN_EMAIL, DEMO_ORGANISATION_ID, DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from '../support/chromium';
import { accessibilityProblems } from '../support/accessibility';
import { stepWithScreenshots } from '../support/failure-screenshots';
import { nextDemoAdminCode } from '../support/demo-admin';
import { demoPracticeToken, referAndAccept, startWebhookReceiver, subscribeDemoPractice } from '../support/demo-practice-events';
import { queryPlatformDatabase, type RunningPlatform } from '../support/platform';
import { apiPlatform } from './api-platform';

const SEARCH = `query ($text: String) { searchTherapists(first: 100, filter: { text: $text }) { edges { node { id } } } }`;

describeWithChromium('the admin dashboard in a browser', () => {
  let platform: RunningPlatform;
  let adminUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await apiPlatform();
    adminUrl = platform.urls.admin!;
    if (!adminUrl) throw new Error(`the platform did not serve the dashboard:\n${platform.output()}`);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
  }, 240_000);

  // The platform is the file's (api-platform.ts); the browser is this suite's.
  afterAll(() => browser?.close(), 60_000);

  /** A test whose failure leaves a screenshot of the page in test-results/. */
  const step = stepWithScreenshots('admin-dashboard', () => [page], 60_000);

  /** Waits until `locator` shows `text`. */
  async function expectText(locator: ReturnType<Page['locator']>, text: string) {
    await locator.filter({ hasText: text }).first().waitFor();
    expect(await locator.first().innerText()).toContain(text);
  }

  /** Polls `check` until it holds (the lists refetch after a pause in typing, and show their old rows meanwhile). */
  async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await page.waitForTimeout(200);
    }
  }

  /** Waits until a dialog has faded in: mid-fade, axe measures contrast on half-transparent text. */
  async function fadedIn(dialog: Locator) {
    const opacity = () => dialog.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(el.closest('.MuiDialog-container') ?? el).opacity);
    await until(async () => (await opacity()) === '1', 'the dialog has faded in');
  }

  async function signIn(email: string) {
    await page.goto(adminUrl);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Opens the first new listing in the queue (other than those named in `done`); answers its id and name. */
  async function openFirstQueuedListing(done: string[] = []): Promise<{ id: string; name: string }> {
    await page.getByRole('menuitem', { name: 'Moderation queue' }).click();
    const heading = page.getByRole('heading', { level: 1, name: / — Pending review$/ });
    // The list shows its cached rows while the fresh queue loads, and a row replaced under the click
    // swallows it: follow the row's own link once the list has settled, and again if the page stays put.
    for (let attempt = 1; ; attempt++) {
      let rows = page.locator('tbody tr', { hasText: 'New listing' });
      for (const name of done) rows = rows.filter({ hasNotText: name });
      await rows.first().waitFor();
      await page.getByRole('progressbar').waitFor({ state: 'detached' }).catch(() => undefined);
      await rows.first().getByRole('link').first().click();
      const opened = await heading.waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (opened) break;
      if (attempt === 3) throw new Error(`no queued listing opened after three tries; the page is at ${page.url()}`);
      if (!page.url().includes('moderationQueue')) await page.getByRole('menuitem', { name: 'Moderation queue' }).click();
    }
    const name = (await heading.innerText()).replace(/ — Pending review$/, '').trim();
    const id = /therapists\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    return { id, name };
  }

  /** Runs one statement in the database of one of the platform's subgraphs (`notifications`, `care-plans`), answering its rows. */
  const sql = <T>(subgraph: string, text: string, params: unknown[] = []) => queryPlatformDatabase<T>(platform, subgraph, text, params);

  async function publiclyListed(id: string, name: string): Promise<boolean> {
    const result = await graphqlRequest<{ searchTherapists: { edges: { node: { id: string } }[] } }>(platform.urls.gateway, SEARCH, { text: name });
    return result.data!.searchTherapists.edges.some((e) => e.node.id === id);
  }

  /** The addresses this tab has been through, as `history.length` counts them. */
  const historyLength = () => page.evaluate(() => (globalThis as unknown as { history: { length: number } }).history.length);

  step('refuses a non-admin, with a clear message, on an accessible sign-in page', async () => {
    // A signed-out visit to the dashboard goes to the sign-in page once: a blank tab, the dashboard, the sign-in page.
    await page.goto(adminUrl);
    await page.getByLabel('Email address').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    expect(await historyLength()).toBeLessThanOrEqual(3);
    await signIn('client01@caregraph.example');
    await expectText(page.getByRole('alert'), 'for Caregraph admins only');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  step('signs the demo admin in (with the authenticator code when asked) and shows the queue', async () => {
    await signIn(DEMO_ADMIN_EMAIL);
    const codeField = page.getByLabel('Authenticator code');
    const next = await Promise.race([
      codeField.waitFor().then(() => 'code' as const),
      page.getByRole('menuitem', { name: 'Moderation queue' }).waitFor().then(() => 'in' as const),
    ]);
    if (next === 'code') {
      const code = await nextDemoAdminCode(platform);
      await codeField.fill(code);
      await page.getByRole('button', { name: 'Verify and sign in' }).click();
    }
    // Signed in: the dashboard first, with its chart and the same figures as a table.
    const chart = page.getByRole('region', { name: 'Listings by status' });
    await chart.getByRole('img', { name: /^Bar chart of listings by status\. Draft: \d+; Pending review: \d+;/ }).waitFor();
    expect(await chart.getByRole('row').count()).toBe(7);
    await expectText(page.getByRole('region', { name: 'Bookings this week' }), 'Sessions starting Monday');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('menuitem', { name: 'Moderation queue' }).click();
    await page.locator('tbody tr', { hasText: 'New listing' }).first().waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  const handled: string[] = [];

  step('approves a pending listing with a reason: it is then in public search', async () => {
    const { id, name } = await openFirstQueuedListing();
    handled.push(name);
    expect(await publiclyListed(id, name)).toBe(false);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Note for the history (optional)').fill('HCPC register checked; listing complete');
    const expiry = dialog.getByLabel(/HCPC register expiry date/);
    await expiry.fill('2030-03-31');
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('heading', { level: 1, name: `${name} — Approved` }).waitFor();
    await expectText(page.getByRole('table', { name: /Moderation history/ }), 'HCPC register checked; listing complete');
    await page.getByText('31/03/2030').first().waitFor();
    expect(await publiclyListed(id, name)).toBe(true);
  });

  step('rejects another with a reason: it stays out of public search', async () => {
    const { id, name } = await openFirstQueuedListing(handled);
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Reject listing' }).click();
    await expectText(dialog.getByRole('alert'), 'please give one');
    await dialog.getByLabel(/Reason for rejecting/).fill('The HCPC number belongs to someone else');
    await dialog.getByRole('button', { name: 'Reject listing' }).click();
    await page.getByRole('heading', { level: 1, name: `${name} — Rejected` }).waitFor();
    expect(await publiclyListed(id, name)).toBe(false);
  });

  step('finds the approved listing among all listings by status and name (filtered by the graph)', async () => {
    const [approved] = handled;
    await page.getByRole('menuitem', { name: 'All listings' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Approved' }).click();
    await page.getByLabel('Search name, headline or HCPC number').fill(approved);
    const row = page.locator('tbody tr', { hasText: approved });
    await until(async () => (await row.count()) === 1 && (await page.locator('tbody tr').filter({ hasNotText: 'Approved' }).count()) === 0, 'the approved listing shows, and only approved ones');
    expect(await row.innerText()).toContain('Verified');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  step('finds an account, and locks it from the keyboard with a reason', async () => {
    await page.getByRole('menuitem', { name: 'Accounts' }).click();
    await page.getByLabel('Search email address or name').fill('client11@');
    const row = page.locator('tbody tr', { hasText: 'client11@caregraph.example' });
    await until(async () => (await page.locator('tbody tr').count()) === 1 && (await row.count()) === 1, 'the search leaves one account');
    expect(await accessibilityProblems(page)).toEqual([]);
    // From the keyboard: each row's first cell is a link to the record.
    await row.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: / — Client$/ });
    await heading.waitFor();
    await page.getByRole('table', { name: 'Consents' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Lock account' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // Focus moves into the dialog, to the reason: the keyboard carries on there.
    await until(async () => (await dialog.locator('textarea:focus').count()) === 1, 'the reason field has focus');
    await page.keyboard.type('Reported sharing their sign-in');
    // Checked once the dialog has faded in (mid-fade, axe measures contrast on half-transparent text).
    expect(await dialog.getByLabel(/^Reason/).inputValue()).toBe('Reported sharing their sign-in');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: / — Client \(locked\)$/ }).waitFor();
    await expectText(page.getByRole('region', { name: 'Admin actions on this account' }), 'Reported sharing their sign-in');
  });

  step('adds a GP practice (a wrong ODS code refused at its field), verifies it, adds a member, creates an API client whose secret is shown once, and revokes it', async () => {
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('heading', { name: 'Organisations' }).first().waitFor();
    // The demo practice is there, verified.
    await expectText(page.locator('tbody'), 'Demo Practice (made up)');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Create' }).click();
    // The form fills in only once react-admin has set it up (a fill before that is reset under load).
    await page.waitForURL(/\/organisations\/create/);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Kind').click();
    await page.getByRole('option', { name: 'GP practice' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.getByLabel('Name').fill('Riverside Surgery (made up)');
    expect(await page.getByLabel('Name').inputValue()).toBe('Riverside Surgery (made up)');
    await page.getByLabel('ODS code').fill('RX4');
    await page.getByLabel('referrals:write — refer people').check();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    // The graph's words, beside the field they are about.
    await page.getByText('odsCode of a GP practice must be one letter and five digits').first().waitFor();
    await page.getByLabel('ODS code').fill('X12345');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riverside Surgery (made up) — GP practice' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Verify organisation' }).click();
    await page.getByText('Yes,', { exact: false }).first().waitFor();
    await page.getByLabel('E-mail address of their Caregraph account').fill('client12@caregraph.example');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('table', { name: 'Members' }).getByText('client12@caregraph.example').waitFor();
    await page.getByLabel('Name of the system (e.g. Practice referrals)').fill('Practice referrals');
    await page.getByRole('checkbox', { name: 'referrals:write — refer people' }).check();
    await page.getByRole('button', { name: 'Create API client' }).click();
    const dialog = page.getByRole('dialog', { name: /^API client created/ });
    await dialog.waitFor();
    const secret = await dialog.getByLabel('client_secret').inputValue();
    const clientId = await dialog.getByLabel('client_id').inputValue();
    expect(secret).toMatch(/^cgs_[A-Za-z0-9_-]{43}$/);
    await expectText(dialog, 'This is the only time the secret is shown');
    await fadedIn(dialog);
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    const clients = page.getByRole('table', { name: 'API clients' });
    await clients.getByText(clientId).waitFor();
    // The secret is nowhere on the page once the dialog is closed.
    expect(await page.content()).not.toContain(secret);
    const token = await fetch(new URL('/oauth/token', platform.urls.gateway), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    await clients.getByRole('button', { name: 'Revoke Practice referrals' }).click();
    await clients.getByText(/^Revoked /).waitFor();
    await expectText(page.getByRole('table', { name: 'History' }), 'API client was revoked');
  });

  step("shows the demo practice's webhook endpoint and its failed delivery, replays it, and disables the endpoint", async () => {
    // The practice's system subscribes a receiver that answers 500, and a referral of its is accepted.
    const receiver = await startWebhookReceiver(500);
    const { heard } = receiver;
    try {
      const url = receiver.url('/practice-events');
      const token = await demoPracticeToken(platform.urls.gateway);
      const endpointId = await subscribeDemoPractice(platform.urls.gateway, token, url, ['REFERRAL_ACCEPTED', 'REFERRAL_DISCHARGED'], 'Practice events (e2e)');
      await referAndAccept(platform.urls.gateway, token, 16);
      const failed = async () => (await sql<{ status: string }>('notifications', 'select status from webhook_deliveries where endpoint_id = $1', [endpointId]))[0]?.status === 'FAILED';
      await until(failed, 'the delivery failed once', 30_000);

      await page.getByRole('menuitem', { name: 'Organisations' }).click();
      await page.locator('tbody tr', { hasText: 'Demo Practice (made up)' }).getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: 'Demo Practice (made up) — GP practice' }).waitFor();
      expect(page.url()).toContain(`/organisations/${DEMO_ORGANISATION_ID}/show`);
      const endpoint = page.getByRole('region', { name: url });
      await expectText(endpoint, 'referral.accepted, referral.discharged');
      const row = endpoint.getByRole('table', { name: `Delivery log of ${url}` }).locator('tbody tr', { hasText: 'referral.accepted' });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/Failed, will retry[\s\S]*500/);
      expect(await accessibilityProblems(page)).toEqual([]);

      // Dead first in the filter: none yet; the failed one under its own status.
      await endpoint.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Dead' }).click();
      await endpoint.getByText('No deliveries with this status.').waitFor();
      await endpoint.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Failed, will retry' }).click();
      await row.waitFor();

      const before = heard.length;
      await row.getByRole('button', { name: /^Replay referral\.accepted/ }).click();
      await expectText(page.getByRole('alert'), 'Replayed: the delivery is queued again');
      // Queued again, the delivery has left the "Failed, will retry" list until the worker fails it again (the
      // log does not poll): all deliveries show it whatever its status now.
      await endpoint.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'All deliveries' }).click();
      await until(async () => (await row.count()) === 1 && (await row.innerText()).includes('replayed once'), 'the log shows the replay');
      await until(async () => heard.length > before, 'the receiver hears the delivery again');
      // The same event each time: the receiver can tell it is a replay.
      expect(new Set(heard).size).toBe(1);

      await endpoint.getByRole('button', { name: 'Disable endpoint' }).click();
      const dialog = page.getByRole('dialog', { name: 'Disable this endpoint?' });
      await expectText(dialog, 'Only Demo Practice (made up) can turn it back on');
      await fadedIn(dialog);
      expect(await accessibilityProblems(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Disable endpoint' }).click();
      await expectText(page.getByRole('alert'), `Disabled: nothing more is sent to ${url}`);
      await expectText(endpoint, 'Disabled: nothing is sent to it');
      await until(async () => (await endpoint.getByRole('button', { name: /^Replay/ }).count()) === 0 && (await endpoint.getByRole('button', { name: 'Disable endpoint' }).count()) === 0, 'neither Replay nor Disable is offered');
      expect(await accessibilityProblems(page)).toEqual([]);
      const [stored] = await sql<{ status: string }>('notifications', 'select status from webhook_endpoints where id = $1', [endpointId]);
      expect(stored.status).toBe('DISABLED');
    } finally {
      await receiver.close();
    }
  });

  step("lists an organisation's referrals from its page: states only", async () => {
    // The demo practice's system refers someone; the dashboard shows where it stands, never what it says.
    const token = await demoPracticeToken(platform.urls.gateway, 'referrals:write');
    const listed = await graphqlRequest<{ searchTherapists: { edges: Array<{ node: { id: string; displayName: string } }> } }>(platform.urls.gateway, '{ searchTherapists(first: 1) { edges { node { id displayName } } } }');
    const therapist = listed.data!.searchTherapists.edges[0].node;
    const referred = await graphqlRequest(platform.urls.gateway, 'mutation($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }', {
      key: randomBytes(8).toString('hex'),
      input: { therapistId: therapist.id, person: { givenName: 'Lee', familyName: 'Example', dateOfBirth: '1991-07-07', email: 'lee.referred@caregraph.example' }, reason: 'Struggling with sleep and mornings.', conditions: ['ANXIETY'], urgency: 'SOON', fundingRoute: 'NHS', referrerName: 'Dr G. Example', personConsented: true },
    }, { authorization: `Bearer ${token}` });
    expect(referred.errors).toBeUndefined();
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByText('Demo Practice (made up)').first().click();
    await page.getByRole('link', { name: "see Demo Practice (made up)'s referrals" }).click();
    const rows = page.locator('tbody tr');
    await rows.filter({ hasText: therapist.displayName }).first().waitFor();
    const row = await rows.filter({ hasText: therapist.displayName }).first().innerText();
    expect(row).toContain('Submitted');
    expect(row).toContain("Organisation's system");
    expect(row).toContain('Within two weeks');
    expect(await page.content()).not.toContain('lee.referred');
    expect(await page.content()).not.toContain('Struggling with sleep');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  step('lists bookings by status and shows one without clinical details', async () => {
    await page.getByRole('menuitem', { name: 'Bookings' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Completed' }).click();
    await until(async () => (await page.locator('tbody tr').count()) > 0 && (await page.locator('tbody tr').filter({ hasNotText: 'Completed' }).count()) === 0, 'only completed bookings show');
    expect(await page.locator('tbody tr').first().innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.locator('tbody tr').first().locator('td').first().click();
    await page.getByRole('heading', { level: 1, name: /^Session on \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} — Completed$/ }).waitFor();
    await expectText(page.getByRole('region', { name: 'Session' }), 'admins do not see them');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  step('shows a care plan’s status only, and its content after break-glass with a reason', async () => {
    await page.getByRole('menuitem', { name: 'Care plans' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.locator('tbody tr').first().locator('td').first().click();
    await page.getByRole('heading', { level: 1, name: /^Care plan of .+ — / }).waitFor();
    expect(await page.getByRole('region', { name: /Care plan content/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open with break-glass' }).click();
    const dialog = page.getByRole('dialog');
    await until(async () => (await dialog.locator('textarea:focus').count()) === 1, 'the reason field has focus');
    await page.keyboard.type('Safeguarding concern raised by the GP');
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Record and open the plan' }).click();
    await page.getByRole('table', { name: 'Goals' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  step('shows the approval, the lock and the break-glass use in the audit log, filterable by kind', async () => {
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    await expectText(page.locator('tbody'), 'Reported sharing their sign-in');
    await expectText(page.locator('tbody'), 'HCPC register checked; listing complete');
    await expectText(page.locator('tbody'), 'Safeguarding concern raised by the GP');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Account action' }).click();
    await until(async () => (await page.locator('tbody tr', { hasText: 'HCPC register checked' }).count()) === 0 && (await page.locator('tbody tr', { hasText: 'Account locked' }).count()) > 0, 'only account actions show');
  });

  step('shows the seeded unread notification on the bell and opens the panel', async () => {
    const bell = page.getByRole('button', { name: /^Notifications \d+ unread$/ });
    await bell.waitFor();
    const unread = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label'))!)![1]);
    expect(unread).toBeGreaterThanOrEqual(1);
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await expectText(panel, 'New: Urgent: a risk flag has not been acknowledged');
    expect(await accessibilityProblems(page)).toEqual([]);
    // Following it marks it read and opens the safety list, where its link points.
    const title = 'Urgent: a risk flag has not been acknowledged';
    const readOnes = async () => (await sql<{ user_id: string }>('notifications', 'select user_id from notifications where title = $1 and read_at is not null order by read_at desc', [title]));
    const readBefore = (await readOnes()).length;
    await panel.getByText(`New: ${title}`).first().click();
    await page.waitForURL(/#\/safety/);
    await until(async () => (await readOnes()).length === readBefore + 1, 'the followed notification is stored as read');
    // The bell's count was polled up to 30 s ago, and more may have arrived since: it must come to what the
    // store now holds unread (the bell asks again after marking, and whenever the window regains focus).
    const [{ user_id: admin }] = await readOnes(); // the latest read: the one just followed
    const storedUnread = async () => Number((await sql<{ n: string }>('notifications', 'select count(*) as n from notifications where user_id = $1 and read_at is null', [admin]))[0].n);
    const shown = async () => Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? -1);
    await until(async () => {
      if ((await shown()) === (await storedUnread())) return true;
      await page.evaluate('window.dispatchEvent(new Event("focus"))');
      return false;
    }, 'the bell counts what is stored unread');
  });

  step('lists deliveries newest first, filters them by status, and retries a dead one', async () => {
    // A delivery that failed for good, made here as the worker leaves one after its last attempt: one to a
    // person who can still be told (an earlier step locked an account, and a retry to it is skipped).
    const locked = (await sql<{ id: string }>('accounts', 'select id from users where locked_at is not null')).map((u) => u.id);
    const [dead] = await sql<{ id: string }>(
      'notifications',
      `update deliveries set status = 'DEAD', attempts = 8, last_error = 'SMTP 554: e2e made this dead', delivered_at = null
       where id = (select id from deliveries where channel = 'EMAIL' and status = 'SENT' and recipient_user_id <> all($1::uuid[])
                   order by created_at limit 1) returning id`,
      [locked],
    );
    expect(dead).toBeDefined();
    await page.getByRole('menuitem', { name: 'Deliveries' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody').innerText()).not.toMatch(/@caregraph\.example/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Dead' }).click();
    const row = page.locator('tbody tr', { hasText: 'e2e made this dead' });
    await until(async () => (await row.count()) === 1 && (await page.locator('tbody tr').filter({ hasNotText: 'Dead' }).count()) === 0, 'only dead deliveries show, the new one among them');
    expect(await accessibilityProblems(page)).toEqual([]);
    await row.getByRole('button', { name: 'Retry' }).click();
    await expectText(page.getByRole('alert'), 'Delivery queued again');
    await until(async () => (await row.count()) === 0, 'the retried delivery leaves the dead list');
    const [after] = await sql<{ status: string; attempts: number }>('notifications', 'select status, attempts from deliveries where id = $1', [dead.id]);
    // Queued again from scratch; the worker may already have sent it.
    expect(['PENDING', 'SENT']).toContain(after.status);
  });

  step('lists an escalated risk flag on the safety screen, and its link opens the care plan', async () => {
    const [flag] = await sql<{ id: string; care_plan_id: string }>(
      'care-plans',
      `update care_plan_risk_flags set acknowledged_at = null, acknowledged_by = null, action = null, raised_at = now() - interval '30 hours', escalated_at = now() - interval '6 hours'
       where id = (select id from care_plan_risk_flags order by raised_at limit 1) returning id, care_plan_id`,
    );
    await page.getByRole('menuitem', { name: 'Safety' }).click();
    const row = page.locator('tbody tr', { hasText: flag.id });
    // The list may first show its copy from the bell step (the sweep had escalated this flag then): wait for the fresh one.
    await until(async () => (await row.count()) === 1 && (await row.innerText()).includes('30 hours'), 'the flag shows as raised 30 hours ago');
    expect(await accessibilityProblems(page)).toEqual([]);
    await row.getByRole('link', { name: 'Open the care plan' }).click();
    await page.getByRole('heading', { level: 1, name: /^Care plan of .+ — / }).waitFor();
    expect(page.url()).toContain(`/carePlans/${flag.care_plan_id}/show`);
    expect(await page.getByRole('button', { name: 'Open with break-glass' }).count()).toBe(1);
  });

  step('signs out from the account menu, back to the sign-in page; the dashboard then asks to sign in again', async () => {
    const before = await historyLength();
    const adminName = demoRoster().users.find((user) => user.email === DEMO_ADMIN_EMAIL)!.displayName;
    await page.getByRole('banner').getByRole('button', { name: adminName }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByLabel('Email address').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    expect(await historyLength()).toBeLessThanOrEqual(before + 1);
    await page.goto(`${adminUrl}#/moderationQueue`);
    await page.getByLabel('Email address').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    expect(await page.getByRole('menuitem', { name: 'Moderation queue' }).count()).toBe(0);
  });
});
