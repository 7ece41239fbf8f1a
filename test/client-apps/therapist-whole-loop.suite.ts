// The therapist workspace (clients/therapist) in headless Chromium (Debian's chromium, driven by
// playwright-core) against the real platform, served as `npm start` serves it: the whole loop of a new
// therapist. They join, write a listing and send it for review (through the joining screens); an admin
// approves it; they set their hours; a client books; the therapist confirms (keyboard only), answers two
// referrals a GP practice's system sent (accepting the urgent one, declining the other with a reason), moves the
// session to another free time, the session takes place and they record it; they open a care plan with
// a goal and an activity; the client logs the activity and answers PHQ-9 with item 9 above 0; the risk
// flag is first on the therapist's home screen and they acknowledge it; they edit the plan's details
// through a conflict with another device, record a progress review at the completed session (PHQ-9 item
// by item, its band shown as they go) and read the trends, chart and table.
// The therapist's steps go through the workspace's screens on a 390 px wide phone; axe-core checks every
// page. A failing step leaves screenshots under test-results/.
//
// Which steps go through the graph instead of a browser, and why:
// - the admin's approval and the client's booking, activity log and PHQ-9: through the graph, exactly as
//   the admin dashboard and the client app send them (their own e2e tests drive those screens; driving
//   them here too would double this test's time for nothing the workspace shows);
// - the schedule: through the graph, as the workspace's schedule screen sends it (the joining e2e test
//   drives that screen, with its preview and conflicts);
// - "the session took place": a session can only be recorded after it starts, so the test moves the
//   booked session's start into the past in the bookings database, as the clock would.
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithChromium } from '../support/chromium';
import { accessibilityProblems } from '../support/accessibility';
import { screenshotPages, stepWithScreenshots } from '../support/failure-screenshots';
import { nextDemoAdminCode } from '../support/demo-admin';
import { markAllRead, openBellWithUnread, reopenPanelAfterReload } from '../support/notification-panel';
import { demoPracticeToken } from '../support/demo-practice-events';
import { platformDatabaseUrl, type RunningPlatform } from '../support/platform';
import { appsBrowser, appsPlatform, openPhone, OVERFLOW } from './apps-platform';

/** What has the keyboard focus (a string: the tests compile without the DOM's types). */
const FOCUSED = `(() => { const el = document.activeElement; return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim() }; })()`;

describeWithChromium('the therapist workspace in a browser: the whole loop', () => {
  const therapist = { name: 'Morgan Testwell', email: `tw-e2e-${randomBytes(4).toString('hex')}@caregraph.example`, password: 'steady hands, kind words' };
  const client = demoRoster().users.find((u) => u.role === 'CLIENT')!;
  let platform: RunningPlatform;
  let appUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let therapistId: string;
  let bookingId: string;
  let carePlanId: string;
  const tokens: Record<'therapist' | 'admin' | 'client', string> = { therapist: '', admin: '', client: '' };
  let cspViolations: string[] = [];

  /** One operation through the gateway as `who`; fails the test on any error. */
  async function graph<T>(who: keyof typeof tokens | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphqlRequest<T>(platform.urls.gateway, query, variables, who ? { authorization: `Bearer ${tokens[who]}` } : {});
    if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function signInThroughGraph(email: string, password: string): Promise<string> {
    const login = await graph<{ login: { accessToken: string | null; mfaToken: string | null } }>(undefined, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken mfaToken } }', { input: { email, password } });
    if (login.login.accessToken) return login.login.accessToken;
    const mfa = await graph<{ completeMfaLogin: { accessToken: string } }>(undefined, 'mutation ($t: String!, $c: String!) { completeMfaLogin(mfaToken: $t, code: $c) { accessToken } }', { t: login.login.mfaToken, c: await nextDemoAdminCode(platform) });
    return mfa.completeMfaLogin.accessToken;
  }

  const expectAccessible = async () => expect(await accessibilityProblems(page)).toEqual([]);
  const expectFitsThePhone = async () => expect(await page.evaluate(OVERFLOW)).toBeLessThanOrEqual(0);
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  beforeAll(async () => {
    platform = await appsPlatform();
    appUrl = platform.urls.therapist!;
    if (!appUrl) throw new Error(`the platform did not serve the therapist workspace:\n${platform.output()}`);
    browser = await appsBrowser();
    ({ context, page, cspViolations } = await openPhone());
  }, 240_000);

  afterAll(() => context?.close());

  /** A test whose failure leaves a screenshot of the page in test-results/. */
  const step = stepWithScreenshots('therapist-workspace', () => [page], 30_000);

  step('a new therapist joins through the joining screens, writes a listing and sends it for review; an admin approves it', async () => {
    await page.goto(`${appUrl}sign-in`);
    await page.getByRole('main').getByRole('link', { name: 'Join as a therapist' }).click();
    await heading('Join Caregraph as a therapist');
    await expectAccessible();
    await page.getByLabel('Your name').fill(therapist.name);
    await page.getByLabel('E-mail address').fill(therapist.email);
    await page.getByLabel('Create a password').fill(therapist.password);
    for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
    await page.getByRole('button', { name: /^Create account/ }).click();
    await heading('Your listing');
    // Outside the demo roster's OT9xxxxx: a number already registered is refused as a conflict.
    await page.getByLabel('HCPC registration number').fill(`OT${randomInt(100000, 899999)}`);
    await page.getByLabel('Base postcode').fill('LS6 2AB');
    await page.getByLabel('Headline').fill('Small steps back to the everyday');
    await page.getByLabel('About you and how you work').fill('Occupational therapist working with people recovering from low mood and anxiety, at home and online.');
    await page.getByLabel('Years of experience as an occupational therapist').fill('7');
    await page.getByRole('group', { name: 'Languages you hold sessions in' }).getByLabel('English', { exact: true }).check();
    await page.getByRole('group', { name: /^Conditions you help with/ }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /^Approaches/ }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /^How you see clients/ }).getByLabel('A video session').check();
    await page.getByRole('group', { name: /^Ways to pay/ }).getByRole('checkbox').first().check();
    await page.getByLabel('Fee per session, in pounds (£)').fill('65');
    await page.getByLabel('Session length, in minutes').fill('60');
    await page.getByLabel('Town or city').fill('Leeds');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Your listing is complete.').waitFor();
    await expectAccessible();
    await expectFitsThePhone();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('heading', { level: 2, name: /Status: Waiting for review/ }).waitFor();
    tokens.therapist = await signInThroughGraph(therapist.email, therapist.password);
    const mine = await graph<{ me: { therapistProfile: { id: string; status: string; version: number } } }>('therapist', '{ me { therapistProfile { id status version } } }');
    expect(mine.me.therapistProfile.status).toBe('PENDING_REVIEW');
    therapistId = mine.me.therapistProfile.id;
    tokens.admin = await signInThroughGraph(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    const expires = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    const approved = await graph<{ approveTherapistListing: { status: string } }>('admin', 'mutation ($id: ID!, $v: Int!, $e: LocalDate) { approveTherapistListing(id: $id, expectedVersion: $v, hcpcRegisterExpiresOn: $e) { status } }', { id: therapistId, v: mine.me.therapistProfile.version, e: expires });
    expect(approved.approveTherapistListing.status).toBe('APPROVED');
  }, 60_000);

  step('the therapist sets their hours (every booking to be confirmed by them), and a client books', async () => {
    const everyDay = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
    await graph('therapist', 'mutation ($id: ID!, $input: ScheduleInput!) { setTherapistSchedule(therapistId: $id, input: $input) { timeZone } }', {
      id: therapistId,
      input: { timeZone: 'Europe/London', weeklyHours: everyDay, minimumNoticeMinutes: 60, sessionMinutes: 60, requiresConfirmation: true },
    });
    tokens.client = await signInThroughGraph(client.email, DEMO_PASSWORD);
    const from = new Date(Date.now() + 2 * 3600_000).toISOString();
    const to = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const { therapist: listing } = await graph<{ therapist: { availability: Array<{ startsAt: string }> } }>('client', 'query ($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(format: ONLINE, from: $from, to: $to) { startsAt } } }', { id: therapistId, from, to });
    expect(listing.availability.length).toBeGreaterThan(0);
    const booked = await graph<{ createBooking: { id: string; status: string } }>('client', 'mutation ($key: String!, $input: CreateBookingInput!) { createBooking(idempotencyKey: $key, input: $input) { id status } }', {
      key: randomUUID(),
      input: { therapistId, startsAt: listing.availability[0].startsAt, format: 'ONLINE', referralSource: 'GP', note: 'Mornings are the hardest part of the day.' },
    });
    bookingId = booked.createBooking.id;
    expect(booked.createBooking.status).toBe('REQUESTED');
  });

  step('the therapist signs in on their phone and sees the request on the home screen', async () => {
    await page.getByRole('button', { name: /^Sign out/ }).click();
    await page.getByText('You have signed out.').waitFor();
    await heading('Sign in');
    expect(new URL(page.url()).search).toBe('');
    await expectAccessible();
    await page.getByLabel('E-mail address').fill(therapist.email);
    await page.getByLabel('Password').fill(therapist.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(/^Today/);
    const request = page.getByRole('article', { name: new RegExp(client.displayName) });
    await request.waitFor();
    expect(await request.innerText()).toContain('Mornings are the hardest part of the day.');
    await expectAccessible();
    await expectFitsThePhone();
  });

  step('confirms the request on the Bookings screen with the keyboard alone', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookings' }).click();
    await heading('Bookings');
    await page.getByRole('heading', { name: 'Requests to answer (1)' }).waitFor();
    await expectAccessible();
    await expectFitsThePhone();
    // From the focused heading, Tab to the Confirm button and press Enter: no mouse.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      const now = (await page.evaluate(FOCUSED)) as { tag: string; text: string };
      reached = now.tag === 'BUTTON' && now.text.startsWith('Confirm');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: 'You confirmed' });
    await notice.waitFor();
    // Focus moved to what happened, not left on a button that is gone.
    expect(((await page.evaluate(FOCUSED)) as { text: string }).text).toContain('You confirmed');
    await page.getByRole('heading', { name: 'Requests to answer (0)' }).waitFor();
    const { booking } = await graph<{ booking: { status: string } }>('therapist', 'query ($id: ID!) { booking(id: $id) { status } }', { id: bookingId });
    expect(booking.status).toBe('CONFIRMED');
  });

  step("reads two referrals from a GP practice's system on the Referrals screen, accepts one and declines the other with a reason", async () => {
    const practice = await demoPracticeToken(platform.urls.gateway, 'referrals:write referrals:read');
    const refer = async (givenName: string, urgency: string) => {
      const result = await graphqlRequest<{ submitReferral: { id: string } }>(platform.urls.gateway, 'mutation ($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }', {
        key: randomUUID(),
        input: {
          therapistId, urgency, fundingRoute: 'NHS', referrerName: 'Dr C. Example', personConsented: true, conditions: ['ANXIETY'],
          person: { givenName, familyName: 'Example', dateOfBirth: '1991-02-03', email: `${givenName.toLowerCase()}.referred@caregraph.example` },
          reason: `${givenName} avoids leaving the house since a panic attack on the bus.`,
        },
      }, { authorization: `Bearer ${practice}` });
      expect(result.errors).toBeUndefined();
      return result.data!.submitReferral.id;
    };
    const routine = await refer('Robin', 'ROUTINE');
    const urgent = await refer('Jules', 'URGENT');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).click();
    await heading('Referrals');
    await page.getByRole('heading', { name: 'Waiting for your decision (2)' }).waitFor();
    const cards = page.getByRole('article');
    // The most urgent first, whatever the order they came in.
    expect(await cards.first().getAttribute('aria-labelledby').then((id) => page.locator(`[id="${id}"]`).innerText())).toMatch(/^Jules Example/);
    expect(await cards.first().innerText()).toContain('avoids leaving the house');
    await expectAccessible();
    await expectFitsThePhone();
    await page.getByRole('button', { name: 'Accept the referral for Jules Example' }).click();
    await page.getByRole('status').filter({ hasText: 'You accepted the referral for Jules Example' }).waitFor();
    await page.getByRole('button', { name: 'Decline… the referral for Robin Example' }).click();
    // The reason box takes the focus; an empty reason is refused at the field.
    expect(((await page.evaluate(FOCUSED)) as { tag: string }).tag).toBe('TEXTAREA');
    await page.getByRole('button', { name: 'Decline referral' }).click();
    await page.getByText('Say why you are declining').first().waitFor();
    await page.getByLabel('Why are you declining? (the referrer reads this)').fill('My list is full until the spring; please try a colleague nearby.');
    await page.getByRole('button', { name: 'Decline referral' }).click();
    await page.getByRole('status').filter({ hasText: 'You declined the referral for Robin Example' }).waitFor();
    await page.getByRole('heading', { name: 'Waiting for your decision (0)' }).waitFor();
    await page.getByRole('heading', { name: 'Accepted, not booked yet (1)' }).waitFor();
    await expectAccessible();
    const states = await graphqlRequest<{ organisationReferrals: { edges: Array<{ node: { id: string; status: string; declineReason: string | null } }> } }>(platform.urls.gateway, '{ organisationReferrals { edges { node { id status declineReason } } } }', {}, { authorization: `Bearer ${practice}` });
    const byId = new Map(states.data!.organisationReferrals.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(urgent)).toMatchObject({ status: 'ACCEPTED' });
    expect(byId.get(routine)).toMatchObject({ status: 'DECLINED', declineReason: 'My list is full until the spring; please try a colleague nearby.' });
    // Back to the bookings, where the next step moves the confirmed session, once the week's agenda has loaded.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookings' }).click();
    await heading('Bookings');
    await page.getByRole('heading', { name: /^Week of / }).waitFor();
    await page.waitForLoadState('networkidle');
  });

  step('discharges a person in their care under a referral with a summary: an impossible score refused at its field, a confirmation asked first', async () => {
    // A practice refers the demo client; the therapist accepts; the client books from it (through the graph).
    const practice = await demoPracticeToken(platform.urls.gateway, 'referrals:write referrals:read');
    const referred = await graphqlRequest<{ submitReferral: { id: string } }>(platform.urls.gateway, 'mutation ($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }', {
      key: randomUUID(),
      input: { therapistId, urgency: 'SOON', fundingRoute: 'NHS', referrerName: 'Dr C. Example', personConsented: true, conditions: ['DEPRESSION_LOW_MOTIVATION'], person: { givenName: 'Sam', familyName: 'Example', dateOfBirth: '1988-06-15', email: client.email }, reason: 'Low mood since a job loss; mornings are hard.' },
    }, { authorization: `Bearer ${practice}` });
    expect(referred.errors).toBeUndefined();
    const referralId = referred.data!.submitReferral.id;
    await graph('therapist', 'mutation ($id: ID!) { acceptReferral(referralId: $id) { status } }', { id: referralId });
    await graph('client', '{ myReferrals { id } }');
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const { therapist: listing } = await graph<{ therapist: { availability: Array<{ startsAt: string }> } }>('client', 'query ($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(format: ONLINE, from: $from, to: $to) { startsAt } } }', { id: therapistId, from, to });
    const { createBooking: fromReferral } = await graph<{ createBooking: { id: string } }>('client', 'mutation ($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id } }', {
      key: randomUUID(),
      input: { therapistId, startsAt: listing.availability.at(-1)!.startsAt, format: 'ONLINE', referralSource: 'GP', referralId },
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Referrals' }).click();
    await heading('Referrals');
    await page.getByRole('heading', { name: 'In your care (1)' }).waitFor();
    await page.getByRole('button', { name: 'Discharge… Sam Example' }).click();
    await page.getByLabel('PHQ-9 at the start (0–27)').fill('15');
    await page.getByLabel('PHQ-9 at the end (0–27)').fill('30');
    await page.getByLabel('Goals achieved').fill('Up by 8 on weekdays; back to the allotment twice a week.');
    await page.getByLabel('Recommendations').fill('Keep the morning routine; review with the GP in three months.');
    await page.getByRole('button', { name: 'Discharge', exact: true }).click();
    // Refused at the field, before anything is sent; then the confirmation is asked for.
    await page.getByText('PHQ-9 at the end must be a whole number from 0 to 27').first().waitFor();
    expect(await page.getByLabel('PHQ-9 at the end (0–27)').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
    await page.getByLabel('PHQ-9 at the end (0–27)').fill('6');
    await page.getByRole('button', { name: 'Discharge', exact: true }).click();
    await page.getByText('a discharge cannot be undone').first().waitFor();
    await page.getByLabel(/^Care for Sam Example under this referral has ended/).check();
    await page.getByRole('button', { name: 'Discharge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'You discharged Sam Example' }).waitFor();
    await page.getByRole('heading', { name: 'In your care (0)' }).waitFor();
    await expectAccessible();
    const { referral } = await graph<{ referral: { status: string; dischargeSummary: { phq9AtStart: number; phq9AtEnd: number; gad7AtStart: number | null; sharedWithReferrer: boolean } } }>('therapist', 'query ($id: ID!) { referral(id: $id) { status dischargeSummary { phq9AtStart phq9AtEnd gad7AtStart sharedWithReferrer } } }', { id: referralId });
    expect(referral).toEqual({ status: 'DISCHARGED', dischargeSummary: { phq9AtStart: 15, phq9AtEnd: 6, gad7AtStart: null, sharedWithReferrer: false } });
    // The session booked from the referral is not needed by the steps that follow: the client calls it off.
    await graph('client', 'mutation ($id: ID!) { cancelBooking(id: $id, reason: "Care has ended.") { status } }', { id: fromReferral.id });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookings' }).click();
    await heading('Bookings');
    await page.getByRole('heading', { name: /^Week of / }).waitFor();
    await page.waitForLoadState('networkidle');
  });

  step('moves the confirmed session to another free time, the consequences stated first', async () => {
    const move = page.getByRole('button', { name: /^Move… the session with/ });
    // The agenda shows one week: the session may fall in the next one.
    if ((await move.count()) === 0) await page.getByRole('button', { name: 'Next week' }).click();
    await move.click();
    await page.getByText('Moving is not a cancellation').waitFor();
    const times = page.getByLabel(`New time for ${client.displayName}’s session`);
    const newStart = (await times.locator('option').nth(1).getAttribute('value'))!;
    await times.selectOption(newStart);
    await expectAccessible();
    await expectFitsThePhone();
    await page.getByRole('button', { name: 'Move the session' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved:' }).waitFor();
    const { booking } = await graph<{ booking: { startsAt: string; status: string; rescheduleCount: number } }>('therapist', 'query ($id: ID!) { booking(id: $id) { startsAt status rescheduleCount } }', { id: bookingId });
    expect({ ...booking, startsAt: Date.parse(booking.startsAt) }).toEqual({ startsAt: Date.parse(newStart), status: 'CONFIRMED', rescheduleCount: 1 });
  });

  step('records that the session took place', async () => {
    const sql = new Client({ connectionString: platformDatabaseUrl(platform, 'bookings') });
    await sql.connect();
    try {
      await sql.query(`update bookings set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = $1`, [bookingId]);
    } finally {
      await sql.end();
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await heading(/^Today/);
    await page.getByRole('heading', { name: 'Sessions to record (1)' }).waitFor();
    await page.getByRole('button', { name: /^It took place/ }).click();
    await page.getByRole('status').filter({ hasText: 'took place' }).waitFor();
    const { booking } = await graph<{ booking: { status: string } }>('therapist', 'query ($id: ID!) { booking(id: $id) { status } }', { id: bookingId });
    expect(booking.status).toBe('COMPLETED');
  });

  step('opens a care plan for the client with a goal, starts it and adds an activity', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await heading('Clients');
    await page.getByRole('heading', { level: 2, name: client.displayName }).waitFor();
    await expectAccessible();
    await expectFitsThePhone();
    await page.getByRole('link', { name: `Open a care plan for ${client.displayName}` }).click();
    await heading(`Open a care plan for ${client.displayName}`);
    await expectAccessible();
    // Nothing filled in: each problem is said beside its field.
    await page.getByRole('button', { name: 'Open the care plan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Check the highlighted fields' }).waitFor();
    expect(await page.getByText('Choose at least one condition the plan focuses on.').count()).toBe(1);
    await expectAccessible();
    await page.getByRole('group', { name: 'What the plan focuses on' }).getByRole('checkbox').first().check();
    await page.getByLabel('Summary').fill('Rebuilding a morning routine and getting out of the house most days.');
    await page.getByLabel('Goal', { exact: true }).fill('Up and dressed by 9 on weekdays');
    await page.getByRole('button', { name: 'Open the care plan' }).click();
    await heading(`${client.displayName}’s care plan`);
    carePlanId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 3, name: 'Up and dressed by 9 on weekdays' }).waitFor();
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'now active' }).waitFor();
    await page.getByText('Add an activity').click();
    await page.getByLabel('What the client does').fill('A ten-minute walk after breakfast');
    await page.getByLabel('Towards goal (optional)').selectOption({ label: 'Up and dressed by 9 on weekdays' });
    await page.getByRole('button', { name: 'Add the activity' }).click();
    await page.getByRole('heading', { level: 3, name: 'A ten-minute walk after breakfast' }).waitFor();
    await expectAccessible();
    await expectFitsThePhone();
  }, 60_000);

  step("the client logs the activity and answers PHQ-9 with item 9 above 0; the flag is first on the therapist's home screen", async () => {
    const { carePlan } = await graph<{ carePlan: { activities: Array<{ id: string }> } }>('client', 'query ($id: ID!) { carePlan(id: $id) { activities { id } } }', { id: carePlanId });
    await graph('client', 'mutation ($id: ID!, $input: ActivityLogInput) { logActivity(activityId: $id, input: $input) { id } }', { id: carePlan.activities[0].id, input: { mood: 2, note: 'Hard to get going today.' } });
    await graph('client', 'mutation ($id: ID!, $input: QuestionnaireInput!) { submitQuestionnaire(carePlanId: $id, input: $input) { id } }', { id: carePlanId, input: { kind: 'PHQ9', answers: [2, 2, 1, 2, 1, 1, 1, 0, 1] } });

    await page.reload();
    await heading(`${client.displayName}’s care plan`);
    await page.getByText(/mood 2 of 5 \(low\) — “Hard to get going today\.”/).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await heading(/^Today/);
    await page.getByRole('heading', { name: 'Risk flags to act on (1)' }).waitFor();
    // First: the first section of the screen, before any session.
    const sections = await page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(sections[0]).toBe('Risk flags to act on (1)');
    await expectAccessible();
    await expectFitsThePhone();
  });

  step('acknowledges the flag, recording what they did', async () => {
    await page.getByRole('button', { name: /^Acknowledge/ }).click();
    // Too short: refused beside the field, nothing recorded.
    await page.getByRole('alert').filter({ hasText: 'Say what you did' }).waitFor();
    await page.getByLabel('What did you do?').fill('Called the client; agreed a safety plan and told their GP.');
    await page.getByRole('button', { name: /^Acknowledge/ }).click();
    await page.getByRole('status').filter({ hasText: 'acknowledged' }).waitFor();
    await page.getByRole('heading', { name: /Risk flags to act on/ }).waitFor({ state: 'detached' });
    const { carePlan } = await graph<{ carePlan: { riskFlags: Array<{ acknowledgedAt: string | null; action: string | null }> } }>('therapist', 'query ($id: ID!) { carePlan(id: $id) { riskFlags { acknowledgedAt action } } }', { id: carePlanId });
    expect(carePlan.riskFlags).toEqual([{ acknowledgedAt: expect.any(String), action: 'Called the client; agreed a safety plan and told their GP.' }]);
    await expectAccessible();
  });

  step('edits the plan’s details; a save refused because the plan changed on another device shows both, and keeps the edits', async () => {
    await page.goto(`${appUrl}care-plans/${carePlanId}`);
    await heading(`${client.displayName}’s care plan`);
    await page.getByText('Edit the plan’s details').click();
    const mine = 'Rebuilding a morning routine, getting out most days and back to the Tuesday walking group.';
    await page.getByLabel('Plan summary').fill(mine);
    // Meanwhile another device shortens the review cadence.
    const before = await graph<{ carePlan: { version: number } }>('therapist', 'query ($id: ID!) { carePlan(id: $id) { version } }', { id: carePlanId });
    await graph('therapist', 'mutation ($id: ID!, $v: Int!, $input: UpdateCarePlanInput!) { updateCarePlan(id: $id, expectedVersion: $v, input: $input) { version } }', { id: carePlanId, v: before.carePlan.version, input: { reviewCadenceWeeks: 2 } });
    await page.getByRole('button', { name: 'Save the details' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Your care plan was changed somewhere else' });
    await conflict.waitFor();
    const rows = (await conflict.getByRole('row').allInnerTexts()).join('\n');
    expect(rows).toMatch(/Reviews\s+every 2 weeks\s+every 4 weeks/);
    expect(rows).toContain(mine);
    expect(await page.getByLabel('Plan summary').inputValue()).toBe(mine);
    await expectAccessible();
    await expectFitsThePhone();
    await conflict.getByRole('button', { name: 'Save my edits instead' }).click();
    await page.getByRole('status').filter({ hasText: 'The plan’s details are saved.' }).waitFor();
    const after = await graph<{ carePlan: { summary: string; reviewCadenceWeeks: number } }>('therapist', 'query ($id: ID!) { carePlan(id: $id) { summary reviewCadenceWeeks } }', { id: carePlanId });
    expect(after.carePlan).toEqual({ summary: mine, reviewCadenceWeeks: 4 });
  });

  step('a review the server refuses (a stale link to a session that is not theirs) shows the refusal beside the session box and records nothing', async () => {
    await page.goto(`${appUrl}care-plans/${carePlanId}/review?booking=${randomUUID()}`);
    await heading(`Progress review: ${client.displayName}`);
    await page.getByLabel('Notes of the review').fill('Written against an old link.');
    await page.getByRole('button', { name: 'Record the review' }).click();
    // The client-side check lets it through (a session is chosen, notes written); the graph refuses input.bookingId.
    await page.locator('#bookingId-error').filter({ hasText: 'bookingId must be a session of yours with this client.' }).waitFor();
    expect(await page.getByLabel('Notes of the review').inputValue()).toBe('Written against an old link.');
    await expectAccessible();
    const { carePlan } = await graph<{ carePlan: { reviews: unknown[] } }>('therapist', 'query ($id: ID!) { carePlan(id: $id) { reviews { id } } }', { id: carePlanId });
    expect(carePlan.reviews).toEqual([]);
    await page.goto(`${appUrl}care-plans/${carePlanId}`);
    await heading(`${client.displayName}’s care plan`);
  });

  step('records a progress review at the completed session and reads the trend table', async () => {
    await page.getByRole('link', { name: 'Record a progress review' }).click();
    await heading(`Progress review: ${client.displayName}`);
    await expectAccessible();
    await expectFitsThePhone();
    // Nothing written: refused beside the notes, nothing recorded.
    await page.getByRole('button', { name: 'Record the review' }).click();
    await page.getByRole('alert').filter({ hasText: 'Check the highlighted fields' }).waitFor();
    expect(await page.locator('#notes-error').innerText()).toContain('Write your notes of the review.');
    await page.getByLabel('Notes of the review').fill('Up and dressed by 9 on three weekdays. Walks are getting easier.');
    await page.getByLabel('How the client is getting on').selectOption('IMPROVING');
    await page.getByRole('button', { name: 'Add a problem' }).click();
    await page.getByLabel('Problem 1', { exact: true }).fill('Getting to the shops');
    await page.getByLabel('Performance, problem 1 (1–10)').fill('3');
    await page.getByLabel('Satisfaction, problem 1 (1–10)').fill('2');
    const phq9 = page.getByRole('group', { name: 'PHQ-9 (depression)' });
    const answers = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    for (const [i, answer] of answers.entries()) {
      await phq9.getByLabel(new RegExp(`^${i + 1}\\. `)).selectOption(String(answer));
      if (i === 3) await phq9.getByRole('status').filter({ hasText: 'total so far 4 (4 of 9 answered)' }).waitFor();
    }
    // The band as soon as every item is answered, from the graph's own bands.
    await phq9.getByRole('status').filter({ hasText: 'PHQ-9 (depression) total 8: mild (5–9).' }).waitFor();
    await expectAccessible();
    await expectFitsThePhone();
    await page.getByRole('button', { name: 'Record the review' }).click();
    await heading(`${client.displayName}’s care plan`);
    await page.getByRole('status').filter({ hasText: 'Progress review recorded' }).waitFor();
    const table = page.getByRole('table', { name: 'PHQ-9 total scores, oldest first' });
    const rows = (await table.getByRole('row').allInnerTexts()).slice(1).map((row) => row.split('\t').slice(1).join(' '));
    // The review took place at the session (before the client's check-in), so its score comes first.
    expect(rows).toEqual(['8 mild (5–9)', '11 moderate (10–14)']);
    expect(await page.getByRole('img', { name: /^PHQ-9 total: 2 scores from 8 .* to 11 .*\(worse; lower is better\)/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Average COPM performance rating scores, oldest first' }).getByRole('row').count()).toBe(2);
    await expectAccessible();
    await expectFitsThePhone();
    const { carePlan } = await graph<{ carePlan: { reviews: Array<{ notes: string; booking: { id: string } | null; copmPerformance: number }> } }>('therapist', 'query ($id: ID!) { carePlan(id: $id) { reviews { notes booking { id } copmPerformance } } }', { id: carePlanId });
    expect(carePlan.reviews).toEqual([{ notes: 'Up and dressed by 9 on three weekdays. Walks are getting easier.', booking: { id: bookingId }, copmPerformance: 3 }]);
    expect(cspViolations).toEqual([]);
  });
  step("the demo therapist's bell shows their unread notifications; the panel marks them all read and opens one in the workspace", async () => {
    // therapist01 has seeded notifications, two of them unread (a session reminder may have come since).
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const desk = await context.newPage();
    try {
      await desk.goto(`${appUrl}sign-in`);
      await desk.getByLabel('E-mail address').fill('therapist01@caregraph.example');
      await desk.getByLabel('Password').fill(DEMO_PASSWORD);
      await desk.getByRole('button', { name: 'Sign in' }).click();
      await desk.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
      const panel = await openBellWithUnread(desk, 'A client asked for a session');
      expect(await accessibilityProblems(desk)).toEqual([]);
      await markAllRead(desk, panel);
      const reopened = await reopenPanelAfterReload(desk, 'A client asked for a session');
      await reopened.getByRole('link', { name: 'A client asked for a session', exact: true }).click();
      await desk.waitForURL((url) => url.pathname === '/bookings');
      await desk.getByRole('heading', { level: 1, name: 'Bookings' }).waitFor();
      expect(await desk.getByRole('region', { name: 'Notifications' }).count()).toBe(0);
    } catch (error) {
      // This step drives a page of its own, closed below: the screenshot is of that page.
      await screenshotPages('therapist-workspace', 'demo-therapist-bell', [desk]);
      throw error;
    } finally {
      await context.close();
    }
  }, 60_000);
});
