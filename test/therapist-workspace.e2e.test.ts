// The therapist workspace (clients/therapist) in headless Chromium (Debian's chromium, driven by
// playwright-core) against the real platform, served as `npm start` serves it: the whole loop of a new
// therapist. They join, write a listing and send it for review; an admin approves it; they set their
// hours; a client books; the therapist confirms (keyboard only), the session takes place and they record
// it; they open a care plan with a goal and an activity; the client logs the activity and answers PHQ-9
// with item 9 above 0; the risk flag is first on the therapist's home screen and they acknowledge it.
// The therapist's steps go through the workspace's screens on a 390 px wide phone; axe-core checks every
// page. A failing step leaves screenshots under test-results/.
//
// Which steps go through the graph instead of a browser, and why:
// - the admin's approval and the client's booking, activity log and PHQ-9: through the graph, exactly as
//   the admin dashboard and the client app send them (their own e2e tests drive those screens; driving
//   them here too would double this test's time for nothing the workspace shows);
// - joining (sign-up, listing, submission) and the schedule: through the graph, as the workspace's
//   joining screens will send them;
// - "the session took place": a session can only be recorded after it starts, so the test moves the
//   booked session's start into the past in the bookings database, as the clock would.
import { currentDemoAdminCode, DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureAppBuilt } from './support/app-build';
import { dropPlatformDatabases, freePorts, startPlatformProcess, type RunningPlatform } from './support/platform';

const root = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.join(root, 'test-results');
const AXE = readFileSync(require.resolve('axe-core'), 'utf8');
const PHONE = { width: 390, height: 844 };

/** Serious and critical axe-core violations on the page as it is now. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the app's Content-Security-Policy does not govern.
  await page.evaluate(AXE);
  const results = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** What has the keyboard focus (a string: the tests compile without the DOM's types). */
const FOCUSED = `(() => { const el = document.activeElement; return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim() }; })()`;
/** How far the page is wider than the screen (0 when nothing scrolls sideways). */
const OVERFLOW = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;

const describeWithChromium = existsSync(CHROMIUM) ? describe : describe.skip;

describeWithChromium('the therapist workspace in a browser: the whole loop', () => {
  const prefix = `e2e_tw_${randomBytes(3).toString('hex')}_`;
  const therapist = { name: 'Morgan Testwell', email: `tw-e2e-${randomBytes(4).toString('hex')}@caregraph.example`, password: 'steady hands, kind words' };
  const client = demoRoster().users.find((u) => u.role === 'CLIENT')!;
  let platform: RunningPlatform;
  let appUrl: string;
  let browser: Browser;
  let page: Page;
  let therapistId: string;
  let bookingId: string;
  let carePlanId: string;
  const tokens: Record<'therapist' | 'admin' | 'client', string> = { therapist: '', admin: '', client: '' };
  const cspViolations: string[] = [];

  /** One operation through the gateway as `who`; fails the test on any error. */
  async function graph<T>(who: keyof typeof tokens | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphqlRequest<T>(platform.urls.gateway, query, variables, who ? { authorization: `Bearer ${tokens[who]}` } : {});
    if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async function signInThroughGraph(email: string, password: string): Promise<string> {
    const login = await graph<{ login: { accessToken: string | null; mfaToken: string | null } }>(undefined, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken mfaToken } }', { input: { email, password } });
    if (login.login.accessToken) return login.login.accessToken;
    const mfa = await graph<{ completeMfaLogin: { accessToken: string } }>(undefined, 'mutation ($t: String!, $c: String!) { completeMfaLogin(mfaToken: $t, code: $c) { accessToken } }', { t: login.login.mfaToken, c: currentDemoAdminCode() });
    return mfa.completeMfaLogin.accessToken;
  }

  const expectAccessible = async () => expect(await accessibilityProblems(page)).toEqual([]);
  const expectFitsThePhone = async () => expect(await page.evaluate(OVERFLOW)).toBeLessThanOrEqual(0);
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  beforeAll(async () => {
    ensureAppBuilt('clients/therapist');
    const [therapistPort, webPort, adminPort] = await freePorts(3);
    const env = { THERAPIST_PORT: String(therapistPort), WEB_PORT: String(webPort), ADMIN_PORT: String(adminPort) };
    platform = await startPlatformProcess({ databaseUrl: process.env.TEST_DATABASE_URL!, databasePrefix: prefix, env });
    appUrl = platform.urls.therapist!;
    if (!appUrl) throw new Error(`the platform did not serve the therapist workspace:\n${platform.output()}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: PHONE });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    await dropPlatformDatabases(process.env.TEST_DATABASE_URL!, prefix);
  }, 60_000);

  /** A test whose failure leaves a screenshot of the page in test-results/. */
  const step = (name: string, body: () => Promise<void>, timeout = 30_000) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        mkdirSync(RESULTS, { recursive: true });
        await page?.screenshot({ path: path.join(RESULTS, `therapist-workspace-${name.replace(/\W+/g, '-').slice(0, 50)}.png`), fullPage: true }).catch(() => undefined);
        throw error;
      }
    }, timeout);

  step('a new therapist joins, writes a listing and sends it for review; an admin approves it', async () => {
    const { consentDocuments } = await graph<{ consentDocuments: Array<{ kind: string; version: string }> }>(undefined, '{ consentDocuments { kind version } }');
    await graph(undefined, 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }', {
      input: { displayName: therapist.name, email: therapist.email, password: therapist.password, role: 'THERAPIST', consents: consentDocuments.map(({ kind, version }) => ({ kind, version })) },
    });
    tokens.therapist = await signInThroughGraph(therapist.email, therapist.password);
    const listing = await graph<{ createTherapistListing: { id: string; version: number } }>(
      'therapist',
      'mutation ($input: CreateTherapistListingInput!) { createTherapistListing(input: $input) { id version } }',
      {
        input: {
          displayName: therapist.name,
          hcpcNumber: `OT${String(Date.now()).slice(-6)}`,
          headline: 'Small steps back to the everyday',
          biography: 'Occupational therapist working with people recovering from low mood and anxiety, at home and online.',
          yearsOfExperience: 7,
          languages: ['ENGLISH'],
          conditions: ['DEPRESSION_LOW_MOTIVATION', 'ANXIETY'],
          approaches: ['ROUTINE_PLANNING'],
          sessionFormats: ['ONLINE'],
          fundingOptions: ['SELF_PAY'],
          feePence: 6500,
          sessionMinutes: 60,
          city: 'Leeds',
          postcode: 'LS6 2AB',
        },
      },
    );
    therapistId = listing.createTherapistListing.id;
    const submitted = await graph<{ submitTherapistListing: { status: string; version: number } }>('therapist', 'mutation ($id: ID!, $v: Int!) { submitTherapistListing(id: $id, expectedVersion: $v) { status version } }', { id: therapistId, v: listing.createTherapistListing.version });
    expect(submitted.submitTherapistListing.status).toBe('PENDING_REVIEW');
    tokens.admin = await signInThroughGraph(DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    const expires = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    const approved = await graph<{ approveTherapistListing: { status: string } }>('admin', 'mutation ($id: ID!, $v: Int!, $e: LocalDate) { approveTherapistListing(id: $id, expectedVersion: $v, hcpcRegisterExpiresOn: $e) { status } }', { id: therapistId, v: submitted.submitTherapistListing.version, e: expires });
    expect(approved.approveTherapistListing.status).toBe('APPROVED');
  });

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
    await page.goto(`${appUrl}sign-in`);
    await heading('Sign in');
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

  step('records that the session took place', async () => {
    const db = new URL(process.env.TEST_DATABASE_URL!);
    db.pathname = `/${prefix}bookings`;
    const sql = new Client({ connectionString: db.toString() });
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
  });

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
    expect(cspViolations).toEqual([]);
  });
});
