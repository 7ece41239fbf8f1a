// The reference client app (clients/web) in headless Chromium (Debian's chromium, driven by
// playwright-core) against the real platform, served as `npm start` serves it: directory search with
// filters, a profile, sign-up with consents, booking, "My bookings", a second client losing the race
// for the same time, cancelling, booking with the keyboard alone, "My data" (download, delete), the pages
// about the service, and the calm busy notice while the gateway refuses a request as overloaded.
// axe-core checks every page visited; a failing step leaves screenshots under test-results/. Run by
// test/client-apps.e2e.test.ts, first, on the platform and the browser it shares with the therapist workspace's suites.
import { DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithChromium } from '../support/chromium';
import { accessibilityProblems } from '../support/accessibility';
import { stepWithScreenshots } from '../support/failure-screenshots';
import { markAllRead, openBellWithUnread, reopenPanelAfterReload } from '../support/notification-panel';
import { demoPracticeToken } from '../support/demo-practice-events';
import { platformDatabaseUrl, type RunningPlatform } from '../support/platform';
import { appsBrowser, appsPlatform, mailedToken } from './apps-platform';

/** How long a page may take to become the app (see `open`); a step has 60 s in all. */
const APP_READY_MS = 40_000;
const PROFILE = `query ($id: ID!) { therapist(id: $id) { displayName conditions languages outwardCode fee { amountPence } } }`;

/** What has the keyboard focus. */
interface Focused {
  tag: string;
  id: string;
  name: string;
  value: string;
  text: string;
}

/** Evaluated in the page (a string: the tests compile without the DOM's types). */
const FOCUSED = `(() => { const el = document.activeElement; return { tag: el?.tagName ?? '', id: el?.id ?? '', name: el?.getAttribute('name') ?? '', value: el?.value ?? '', text: (el?.textContent ?? '').trim() }; })()`;
const focused = (page: Page) => page.evaluate(FOCUSED) as Promise<Focused>;

/** Presses Tab until the focused element matches; fails after `limit` presses. */
async function tabTo(page: Page, description: string, matches: (element: Focused) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`${description} was not reached with ${limit} presses of Tab`);
}

describeWithChromium('the reference client app in a browser', () => {
  // An approved listing that offers online sessions and home visits; the search below is built from its public profile.
  const target = demoRoster().therapists.find((t) => t.status === 'APPROVED' && t.sessionFormats.includes('ONLINE') && t.sessionFormats.includes('HOME_VISIT'))!;
  const newClient = { name: 'Robin Testfield', email: `web-e2e-${randomBytes(4).toString('hex')}@caregraph.example`, password: 'a calm walk by the river' };
  let platform: RunningPlatform;
  let webUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let page: Page; // the new client, on a phone-sized screen
  let rival: Page; // a demo client after the same time
  let keyboard: Page; // a demo client using only the keyboard
  let reader: Page; // the demo client with seeded notifications
  let bookedAt: string;

  const cspViolations: string[] = [];
  // How the app sent its operations: by persisted-query id alone, or with their text.
  const sent = { hashOnly: 0, withText: 0, textWithoutHash: 0 };
  const newPage = async (viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport, acceptDownloads: true });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    const opened = await context.newPage();
    // The app runs under its Content-Security-Policy; anything it refuses is a bug in the app.
    opened.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    opened.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = request.postDataJSON() as { query?: string; extensions?: { persistedQuery?: unknown } };
      if (!body.extensions?.persistedQuery) sent.textWithoutHash++;
      else if (body.query) sent.withText++;
      else sent.hashOnly++;
    });
    return opened;
  };

  beforeAll(async () => {
    platform = await appsPlatform();
    webUrl = platform.urls.web!;
    if (!webUrl) throw new Error(`the platform did not serve the client app:\n${platform.output()}`);
    browser = await appsBrowser();
    page = await newPage({ width: 390, height: 844 });
  }, 240_000);

  // The browser and the platform are the file's (apps-platform.ts); this suite closes its own pages.
  afterAll(() => Promise.all(contexts.map((context) => context.close().catch(() => undefined))), 60_000);

  /** A test whose failure leaves a screenshot of every open page in test-results/. */
  const step = stepWithScreenshots('web-client', () => contexts.flatMap((c) => c.pages()), 60_000);

  /**
   * Opens `url` and waits until the app has taken the page over (a public page arrives rendered by the server first).
   * A page in a context of its own starts a browser process first (about 2 s of CPU): while the run's other
   * platforms and browsers share the two cores, that took past the 15 s every other wait allows.
   */
  async function open(on: Page, url: string) {
    await on.goto(url);
    await on.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: APP_READY_MS });
  }

  const expectAccessible = async (on: Page) => expect(await accessibilityProblems(on)).toEqual([]);

  async function signIn(on: Page, email: string, password: string, next: string) {
    await open(on, `${webUrl}sign-in?next=${encodeURIComponent(next)}`);
    await on.getByLabel('E-mail address').fill(email);
    await on.getByLabel('Password').fill(password);
    await on.getByRole('button', { name: 'Sign in' }).click();
    await on.waitForURL((url) => url.pathname === next);
  }

  /** Runs one statement in the platform's therapists database. */
  async function therapistsDb<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const db = new Client({ connectionString: platformDatabaseUrl(platform, 'therapists') });
    await db.connect();
    try {
      return (await db.query(text, params)).rows as T[];
    } finally {
      await db.end();
    }
  }

  const slotLabel = (on: Page, startsAt: string) => on.locator(`label[for="book-slot-${startsAt}"]`);

  step('searches the directory with filters and shows distance, fee and the next free time', async () => {
    const profile = await graphqlRequest<{ therapist: { displayName: string; conditions: string[]; languages: string[]; outwardCode: string; fee: { amountPence: number } } }>(platform.urls.gateway, PROFILE, { id: target.id });
    const listing = profile.data!.therapist;
    await open(page, webUrl);
    await page.getByRole('heading', { level: 1, name: 'Find an occupational therapist' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('What would you like help with?').selectOption(listing.conditions[0]);
    await page.getByLabel('How would you like to meet?').selectOption('ONLINE');
    await page.getByLabel('Your postcode').fill(listing.outwardCode);
    await page.getByLabel('Within (km)').fill('10');
    await page.getByLabel(/Most you would pay/).fill(String(listing.fee.amountPence / 100));
    await page.getByLabel('Language').selectOption(listing.languages[0]);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/condition=/);
    // The results of the search before stay on screen until the new ones arrive; only the new ones give distances.
    const card = page.getByRole('article', { name: listing.displayName }).filter({ hasText: 'km away' });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/\(\d+(\.\d)? km away\)/);
    expect(text).toContain(`£${(listing.fee.amountPence / 100).toFixed(2)}`);
    expect(text).toMatch(/Next free time\s+\w{3} \d{1,2} \w{3} at \d{2}:\d{2}/);
    // Every result honours every filter: within the fee, online, near.
    for (const other of await page.getByRole('article').allInnerTexts()) expect(other).toContain('Online (video)');
    await expectAccessible(page);
    await card.getByRole('link', { name: listing.displayName }).click();
    await page.getByRole('heading', { level: 1, name: listing.displayName }).waitFor();
    await page.getByRole('heading', { name: 'Book a session' }).waitFor();
    await page.getByText(/Free times from/).waitFor();
    await expectAccessible(page);
  });

  step('renders the directory and a profile on the server: readable without JavaScript, with title, description, canonical address and schema.org data', async () => {
    // As a crawler that runs no JavaScript sees them: the HTML the app's server answers.
    const home = await fetch(webUrl);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('<title>Find an occupational therapist — Caregraph</title>');
    expect(homeHtml).toMatch(/<meta name="description" content="Find an HCPC-registered occupational therapist/);
    expect(homeHtml).toContain(`<link rel="canonical" href="${webUrl}"/>`);
    expect(homeHtml).toContain(`>${target.displayName}</a>`);
    const profilePath = new RegExp(`href="(/therapists/${target.id}/[a-z0-9-]+)"`).exec(homeHtml)![1];

    const profile = await fetch(new URL(profilePath, webUrl), { headers: { 'accept-encoding': 'br' } });
    expect(profile.status).toBe(200);
    expect(profile.headers.get('content-encoding')).toBe('br');
    expect(profile.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    const html = await profile.text();
    expect(html).toContain(`<title>${target.displayName} — Caregraph</title>`);
    expect(html).toContain(`<link rel="canonical" href="${new URL(profilePath, webUrl)}"/>`);
    expect(html).toContain(`<h1 tabindex="-1">${target.displayName}</h1>`);
    expect(html).toContain('Book a session');
    const structured = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]) as { name: string; url: string; workLocation?: { address: { postalCode?: string } } };
    expect(structured).toMatchObject({ name: target.displayName, url: new URL(profilePath, webUrl).href });
    // The postcode district the profile shows, never the full postcode.
    const [{ postcode }] = await therapistsDb<{ postcode: string }>('select postcode from therapists where id = $1', [target.id]);
    expect(postcode).toMatch(/^\S+ \S+$/);
    expect(html).not.toContain(postcode);
    expect(structured.workLocation?.address.postalCode).toBe(postcode.split(' ')[0]);
    // A way of paying in the address filters the directory (the graph's count, in the page as served);
    // a choice the graph does not offer is left out rather than failing the search.
    const nhs = await graphqlRequest<{ searchTherapists: { totalCount: number } }>(platform.urls.gateway, 'query { searchTherapists(filter: { funding: NHS_REFERRAL }) { totalCount } }');
    const byFunding = await (await fetch(new URL('/?funding=NHS_REFERRAL', webUrl))).text();
    const accepting = nhs.data!.searchTherapists.totalCount;
    expect(byFunding).toContain(`${accepting} ${accepting === 1 ? 'therapist' : 'therapists'} found`);
    expect(byFunding).toContain(`<link rel="canonical" href="${new URL('/?funding=NHS_REFERRAL', webUrl)}"/>`);
    const junk = await fetch(new URL('/?condition=NOT_A_CONDITION', webUrl));
    expect(junk.status).toBe(200);
    expect(await junk.text()).toContain(`<link rel="canonical" href="${webUrl}"/>`);
    // The old address (id only) still opens the profile, naming the readable one as canonical.
    const byId = await (await fetch(new URL(`/therapists/${target.id}`, webUrl))).text();
    expect(byId).toContain(`<link rel="canonical" href="${new URL(profilePath, webUrl)}"/>`);
  });

  step('takes the server-rendered pages over in the browser without a console error, and goes on as the app', async () => {
    const visitor = await newPage({ width: 390, height: 844 });
    const problems: string[] = [];
    visitor.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    visitor.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await open(visitor, `${webUrl}?condition=${target.conditions[0]}`);
    const card = visitor.getByRole('article', { name: target.displayName });
    await card.waitFor();
    // Hydrated: the form answers in the browser without a new page load.
    await visitor.getByLabel('How would you like to meet?').selectOption('ONLINE');
    await visitor.getByRole('button', { name: 'Search', exact: true }).click();
    await visitor.waitForURL(/format=ONLINE/);
    await card.getByRole('link', { name: target.displayName }).click();
    await visitor.getByRole('heading', { level: 1, name: target.displayName }).waitFor();
    await visitor.getByText(/Free times from/).waitFor();
    await visitor.reload();
    await visitor.getByText(/Free times from/).waitFor();
    await visitor.waitForTimeout(500);
    expect(problems).toEqual([]);
    await expectAccessible(visitor);
    await visitor.close();
  });

  step('answers 404, with nothing of the listing, for a listing out of the directory; the sitemap lists exactly the directory', async () => {
    const roster = demoRoster().therapists;
    for (const hidden of [roster.find((t) => t.status === 'SUSPENDED')!, roster.find((t) => t.status === 'PENDING_REVIEW')!]) {
      for (const address of [`/therapists/${hidden.id}`, `/therapists/${hidden.id}/some-words`]) {
        const answer = await fetch(new URL(address, webUrl));
        expect({ address, status: answer.status }).toEqual({ address, status: 404 });
        const html = await answer.text();
        expect(html).toContain('This therapist is not in the directory');
        for (const trace of [hidden.displayName, hidden.hcpcNumber]) expect(html).not.toContain(trace);
        expect(html).not.toContain('caregraph-state');
      }
    }
    expect((await fetch(new URL('/therapists/not-a-listing', webUrl))).status).toBe(404);
    expect((await fetch(new URL('/no-such-page', webUrl))).status).toBe(200); // drawn in the browser, which says it is not there
    // A file that is not there is not answered with the app's page (a browser would refuse it as a script).
    for (const missing of ['/favicon.ico', '/assets/index-gone.js']) expect({ missing, status: (await fetch(new URL(missing, webUrl))).status }).toEqual({ missing, status: 404 });

    const robots = await (await fetch(new URL('/robots.txt', webUrl))).text();
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap.xml', webUrl)}`);
    expect(robots).toMatch(/^Disallow: \/my-data$/m);
    const sitemap = await fetch(new URL('/sitemap.xml', webUrl));
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/);
    const listed = [...(await sitemap.text()).matchAll(/\/therapists\/([0-9a-f-]{36})\//g)].map((m) => m[1]).sort();
    const visible = (await therapistsDb<{ id: string }>('select id from therapists where listed')).map((r) => r.id).sort();
    expect(visible.length).toBeGreaterThan(0);
    expect(listed).toEqual(visible);
  });

  step('explains the service from /about, and a condition on the conditions page opens the directory searching for it', async () => {
    const visitor = await newPage();
    const condition = target.conditions[0];
    await open(visitor, `${webUrl}about`);
    await visitor.getByRole('heading', { level: 1, name: 'How Caregraph works' }).waitFor();
    expect(await visitor.title()).toBe('How Caregraph works — Caregraph');
    // One description in <head>, the page's own (a locator matching two would throw).
    expect(await visitor.locator('head meta[name="description"]').getAttribute('content')).toMatch(/^Caregraph helps you find an HCPC-registered occupational therapist/);
    await expectAccessible(visitor);
    await visitor.getByRole('navigation', { name: 'More about Caregraph' }).getByRole('link', { name: 'Conditions therapists can help with' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Conditions therapists can help with' }).waitFor();
    expect(await visitor.title()).toBe('Conditions therapists can help with — Caregraph');
    expect(await visitor.locator('head link[rel="canonical"]').getAttribute('href')).toBe(new URL('/about/conditions', webUrl).href);
    await expectAccessible(visitor);
    const link = visitor.locator(`a[href="/?condition=${condition}"]`);
    const name = await visitor.locator('section', { has: link }).getByRole('heading').innerText();
    await link.click();
    await visitor.getByRole('heading', { level: 1, name: 'Find an occupational therapist' }).waitFor();
    expect(new URL(visitor.url()).searchParams.get('condition')).toBe(condition);
    expect(await visitor.getByLabel('What would you like help with?').inputValue()).toBe(condition);
    // Results come (the condition is one of an approved listing's), and every one helps with it.
    await visitor.getByRole('article').first().waitFor();
    for (const card of await visitor.getByRole('article').allInnerTexts()) expect(card).toContain(name);
    await expectAccessible(visitor);
  });

  step('signs up with the consents, from the profile, and comes back to it signed in', async () => {
    await page.getByRole('main').getByRole('link', { name: 'create an account', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel(/I agree to the .*terms/i).waitFor();
    await expectAccessible(page);
    // Nothing ticked: the form says what is missing, next to each field.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').filter({ hasText: 'Check the highlighted fields' }).waitFor();
    expect(await page.getByText('You need to agree to the terms of use').count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Your name').fill(newClient.name);
    await page.getByLabel('E-mail address').fill(newClient.email);
    await page.getByLabel('Create a password').fill(newClient.password);
    for (const checkbox of await page.getByRole('checkbox').all()) await checkbox.check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: target.displayName }).waitFor();
    await page.getByText(`Welcome to Caregraph, ${newClient.name}`).waitFor();
    await page.getByRole('button', { name: /Sign out/ }).waitFor();
  });

  step('confirms the e-mail address from the link in the sign-up e-mail', async () => {
    const token = await mailedToken(newClient.email, 'verify-email');
    await open(page, `${webUrl}verify-email?token=${token}`);
    await page.getByText('Thank you: your e-mail address is confirmed.').waitFor();
    await expectAccessible(page);
    // The link works once.
    const again = await newPage();
    await open(again, `${webUrl}verify-email?token=${token}`);
    await again.getByRole('alert').filter({ hasText: 'This link has expired or has already been used' }).waitFor();
    await again.context().close();
    contexts.splice(contexts.indexOf(again.context()), 1);
    await open(page, `${webUrl}therapists/${target.id}`);
    await page.getByRole('heading', { level: 1, name: target.displayName }).waitFor();
  });

  step('books an online session while a second client looks at the same time', async () => {
    // The therapist's cancellation policy is said before booking (the demo schedules keep the default day).
    await page.getByText('You can cancel up to 24 hours before the session starts. Cancelling later is recorded as a late cancellation.').waitFor();
    await page.getByRole('radio', { name: 'Online (video)' }).check();
    const firstSlot = page.locator('input[name="book-slot"]').first();
    await firstSlot.waitFor({ state: 'attached' });
    bookedAt = (await firstSlot.getAttribute('value'))!;

    // The rival opens the same profile and picks the same time before the first client books it.
    rival = await newPage();
    await signIn(rival, 'client02@caregraph.example', DEMO_PASSWORD, `/therapists/${target.id}`);
    await rival.getByRole('radio', { name: 'Online (video)' }).check();
    await slotLabel(rival, bookedAt).click();

    await slotLabel(page, bookedAt).click();
    expect(await page.locator(`input[value="${bookedAt}"]`).isChecked()).toBe(true);
    await page.getByLabel(/Anything your therapist should know/).fill('I find mornings hard.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Book this session' }).click();
    await page.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    await page.getByText(`Your session with ${target.displayName} is booked`).waitFor();
    const upcoming = page.getByRole('region', { name: 'Coming up' }).getByRole('article');
    await upcoming.filter({ hasText: target.displayName }).waitFor();
    expect(await upcoming.count()).toBe(1);
    await expectAccessible(page);
  });

  step('tells the second client, in words, that the time has just gone, and offers the others', async () => {
    await rival.getByRole('button', { name: 'Book this session' }).click();
    const alert = rival.getByRole('alert').filter({ hasText: 'someone else has just booked this time' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Your session is not booked yet');
    // The taken time has left the list of free times.
    await slotLabel(rival, bookedAt).waitFor({ state: 'detached' });
    await expectAccessible(rival);
  });

  step('explains a home visit it cannot book: an incomplete postcode, then one outside the travel area', async () => {
    await rival.getByRole('radio', { name: 'Home visit' }).check();
    await rival.getByLabel('Postcode of your home').fill('LS6');
    await rival.locator('input[name="book-slot"]').first().waitFor({ state: 'attached' });
    const slot = (await rival.locator('input[name="book-slot"]').first().getAttribute('value'))!;
    await slotLabel(rival, slot).click();
    await rival.getByRole('button', { name: 'Book this session' }).click();
    await rival.getByText('Enter your full postcode, like LS6 2AB.').first().waitFor();
    expect(await rival.getByLabel('Postcode of your home').getAttribute('aria-invalid')).toBe('true');
    await rival.getByLabel('Postcode of your home').fill('ZE2 9AA');
    await rival.getByRole('button', { name: 'Book this session' }).click();
    await rival.getByRole('alert').filter({ hasText: 'This therapist does not visit your area' }).waitFor();
    await expectAccessible(rival);
  });

  step('follows a care plan: the one-tap activity log, a GAD-7 check-in, the progress chart', async () => {
    await rival.getByRole('link', { name: 'My care plan' }).click();
    await rival.getByRole('heading', { level: 1, name: 'My care plan' }).waitFor();
    const activity = rival.getByRole('article').filter({ has: rival.getByRole('button', { name: /I did this today/ }) }).first();
    await activity.waitFor();
    const before = Number(/Done (\d+) of/.exec(await activity.innerText())![1]);
    await expectAccessible(rival);
    await activity.getByRole('button', { name: /I did this today/ }).click();
    await activity.getByText(/^Logged at \d{2}:\d{2}\. Well done\.$/).waitFor();
    expect(await activity.innerText()).toContain(`Done ${before + 1} of`);

    await rival.getByRole('link', { name: 'Anxiety check-in (GAD-7)' }).first().click();
    await rival.getByRole('heading', { level: 1, name: 'Anxiety check-in (GAD-7)' }).waitFor();
    await rival.getByRole('button', { name: 'Send my answers' }).click();
    await rival.getByRole('alert').filter({ hasText: 'questions 1, 2, 3, 4, 5, 6, 7 are still open' }).waitFor();
    await expectAccessible(rival);
    for (let item = 1; item <= 7; item++) await rival.locator(`label[for="q${item}-1"]`).click();
    await rival.getByRole('button', { name: 'Send my answers' }).click();
    await rival.getByText('Your Anxiety check-in (GAD-7) score is 7 (mild).', { exact: false }).waitFor();
    await rival.getByRole('link', { name: 'Back to my care plan' }).click();
    // The new score is the chart's latest point.
    await rival.getByRole('figure', { name: /Anxiety \(GAD-7/ }).filter({ hasText: /to 7 on \d{1,2} \w+ \d{4}/ }).first().waitFor();
    await expectAccessible(rival);

    // PHQ-9: an answer above "Not at all" on item 9 brings where to get help now, before anything is sent.
    await rival.getByRole('link', { name: 'Mood check-in (PHQ-9)' }).first().click();
    await rival.locator('label[for="q9-1"]').click();
    await rival.getByRole('alert').filter({ hasText: 'Samaritans on 116 123' }).waitFor();
  });

  step('cancels the booking with a reason, and sees it cancelled', async () => {
    const booking = page.getByRole('region', { name: 'Coming up' }).getByRole('article').first();
    await booking.getByRole('button', { name: 'Cancel this session' }).click();
    const panel = page.getByRole('form', { name: /Cancel your session/ });
    await panel.waitFor();
    // When free cancellation ends (or that it has), from the booking's own cut-off.
    await panel.getByText(/^(Free cancellation ends on|Cancelling now is a late cancellation: free cancellation ended on) \w+ \d{1,2} \w+ \d{4} at \d{2}:\d{2}/).waitFor();
    await panel.getByRole('button', { name: 'Cancel this session' }).click();
    await panel.getByText('Tell your therapist briefly why you are cancelling.').waitFor();
    await expectAccessible(page);
    await panel.getByLabel('Why are you cancelling?').fill('Something came up at work.');
    await panel.getByRole('button', { name: 'Cancel this session' }).click();
    await page.getByText(/is cancelled\.$/).waitFor();
    await page.getByRole('region', { name: 'Past and cancelled' }).getByRole('article').filter({ hasText: 'Cancelled' }).waitFor();
    expect(await page.getByRole('region', { name: 'Coming up' }).getByRole('article').count()).toBe(0);
  });

  step('books a session with the keyboard alone', async () => {
    keyboard = await newPage();
    await open(keyboard, `${webUrl}sign-in?next=${encodeURIComponent(`/therapists/${target.id}`)}`);
    await keyboard.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await tabTo(keyboard, 'the e-mail field', (el) => el.id === 'email');
    await keyboard.keyboard.type('client03@caregraph.example');
    await tabTo(keyboard, 'the password field', (el) => el.id === 'password');
    await keyboard.keyboard.type(DEMO_PASSWORD);
    await keyboard.keyboard.press('Enter');
    await keyboard.getByRole('heading', { level: 1, name: target.displayName }).waitFor();
    // Focus starts at the new screen's heading.
    expect((await focused(keyboard)).tag).toBe('H1');

    await tabTo(keyboard, 'the format choice', (el) => el.name === 'format');
    for (let i = 0; i < 3 && (await focused(keyboard)).id !== 'format-ONLINE'; i++) await keyboard.keyboard.press('ArrowDown');
    await keyboard.keyboard.press('Space');
    expect(await keyboard.getByRole('radio', { name: 'Online (video)' }).isChecked()).toBe(true);
    await keyboard.locator('input[name="book-slot"]').first().waitFor({ state: 'attached' });
    await tabTo(keyboard, 'a free time', (el) => el.name === 'book-slot');
    await keyboard.keyboard.press('Space');
    const chosen = (await focused(keyboard)).value;
    expect(await keyboard.locator(`input[value="${chosen}"]`).isChecked()).toBe(true);
    await tabTo(keyboard, 'the booking button', (el) => el.text === 'Book this session');
    await keyboard.keyboard.press('Enter');
    await keyboard.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    expect(await focused(keyboard)).toMatchObject({ tag: 'H1', text: 'My bookings' });
    await keyboard.getByText(`Your session with ${target.displayName} is booked`).waitFor();
  });

  step('moves a booking to another free time', async () => {
    const booking = keyboard.getByRole('region', { name: 'Coming up' }).getByRole('article').filter({ hasText: target.displayName }).first();
    const before = await booking.getByRole('heading').innerText();
    await booking.getByRole('button', { name: 'Move this session' }).click();
    const panel = keyboard.getByRole('form', { name: /Move your session/ });
    await panel.getByText('2 moves are left').waitFor();
    await panel.locator('input[type="radio"]').first().waitFor({ state: 'attached' });
    const to = (await panel.locator('input[type="radio"]').nth(1).getAttribute('value'))!;
    await panel.locator(`label[for$="-slot-${to}"]`).click();
    await expectAccessible(keyboard);
    await panel.getByRole('button', { name: 'Move session' }).click();
    await keyboard.getByText(/has moved to/).waitFor();
    const after = keyboard.getByRole('region', { name: 'Coming up' }).getByRole('article').filter({ hasText: target.displayName }).first();
    await after.getByRole('heading').filter({ hasNotText: before }).waitFor();
    // Focus goes back to where the person was: the Move button of the same booking.
    expect(await focused(keyboard)).toMatchObject({ tag: 'BUTTON', text: 'Move this session' });
  });

  step("joins a therapist's waitlist when no time suits, finds it under My bookings and leaves it", async () => {
    await open(keyboard, `${webUrl}therapists/${target.id}`);
    await keyboard.getByRole('heading', { level: 1, name: target.displayName }).waitFor();
    await keyboard.getByRole('button', { name: 'Tell me if an earlier time opens' }).click();
    const form = keyboard.getByRole('form', { name: `Join ${target.displayName}’s waitlist` });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // The last day before the first: explained beside the field, nothing joined.
    await form.getByLabel('First day you could come').fill(day(10));
    await form.getByLabel('Last day you could come').fill(day(3));
    await form.getByRole('button', { name: 'Join the waitlist' }).click();
    await form.getByText('Check the highlighted dates.').waitFor();
    await expectAccessible(keyboard);
    await form.getByLabel('Last day you could come').fill(day(20));
    await form.getByLabel('Any way').check();
    await form.getByRole('button', { name: 'Join the waitlist' }).click();
    await keyboard.getByText(`You are on ${target.displayName}’s waitlist.`, { exact: false }).waitFor();
    await keyboard.getByRole('link', { name: 'See your waitlists' }).click();
    const waitlists = keyboard.getByRole('region', { name: 'Waitlists' });
    const entry = waitlists.getByRole('listitem').filter({ hasText: target.displayName });
    await entry.getByText(/any way\.$/).waitFor();
    await expectAccessible(keyboard);
    await entry.getByRole('button', { name: `Leave ${target.displayName}’s waitlist` }).click();
    await waitlists.getByText(`You have left ${target.displayName}’s waitlist.`).waitFor();
    await waitlists.getByText('You are not on any waitlist.', { exact: false }).waitFor();
  });

  step('sends a GP letter to a therapist (a future date refused at its field), then shares a discharge summary with the practice that referred them', async () => {
    // The GP letter, from the therapist's page.
    await open(keyboard, `${webUrl}therapists/${target.id}`);
    await keyboard.getByRole('heading', { level: 1, name: target.displayName }).waitFor();
    await keyboard.getByRole('button', { name: 'I have a referral letter from my GP' }).click();
    const letter = keyboard.getByRole('form', { name: `Send your GP’s referral letter to ${target.displayName}` });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await letter.getByLabel('Your first name, as on the letter').fill('Sam');
    await letter.getByLabel('Your last name, as on the letter').fill('Example');
    await letter.getByLabel('Your date of birth').fill('1988-06-15');
    await letter.getByLabel('Who wrote the letter').fill('Dr H. Example, Westside Surgery (made up)');
    await letter.getByLabel('The date on the letter').fill(day(3));
    await letter.getByLabel('What the letter refers you for').fill('Help with a daily routine after a long period of low mood.');
    await letter.getByRole('button', { name: `Send to ${target.displayName}` }).click();
    await letter.getByText('Enter the date on the letter; it cannot be in the future.').first().waitFor();
    expect(await letter.getByLabel('The date on the letter').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(keyboard);
    await letter.getByLabel('The date on the letter').fill(day(-5));
    await letter.getByLabel('Soon (within two weeks)').check();
    await letter.getByRole('button', { name: `Send to ${target.displayName}` }).click();
    await keyboard.getByText(`Your GP’s referral is with ${target.displayName}.`).waitFor();

    // A practice referred the same person to the same therapist earlier; care under it has now ended (through the graph).
    const gateway = platform.urls.gateway;
    const practice = await demoPracticeToken(gateway, 'referrals:write referrals:read');
    const as = async <T,>(token: string, query: string, variables: Record<string, unknown> = {}) => {
      const result = await graphqlRequest<T>(gateway, query, variables, token ? { authorization: `Bearer ${token}` } : {});
      expect(result.errors).toBeUndefined();
      return result.data!;
    };
    const login = async (email: string) => (await as<{ login: { accessToken: string } }>('', 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: DEMO_PASSWORD } })).login.accessToken;
    const therapistEmail = demoRoster().users.find((u) => u.id === target.userId)!.email;
    const [therapistToken, clientToken] = [await login(therapistEmail), await login('client03@caregraph.example')];
    const { submitReferral } = await as<{ submitReferral: { id: string } }>(practice, 'mutation ($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }', {
      key: randomBytes(8).toString('hex'),
      input: { therapistId: target.id, urgency: 'ROUTINE', fundingRoute: 'NHS', referrerName: 'Demo Practice (made up)', personConsented: true, conditions: ['ANXIETY'], person: { givenName: 'Sam', familyName: 'Example', dateOfBirth: '1988-06-15', email: 'client03@caregraph.example' }, reason: 'Anxiety about leaving the house.' },
    });
    await as(therapistToken, 'mutation ($id: ID!) { acceptReferral(referralId: $id) { status } }', { id: submitReferral.id });
    await as(clientToken, '{ myReferrals { id } }');
    const { therapist: free } = await as<{ therapist: { availability: Array<{ startsAt: string }> } }>(clientToken, 'query ($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(format: ONLINE, from: $from, to: $to) { startsAt } } }', { id: target.id, from: new Date(Date.now() + 3 * 86_400_000).toISOString(), to: new Date(Date.now() + 20 * 86_400_000).toISOString() });
    await as(clientToken, 'mutation ($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id } }', { key: randomBytes(8).toString('hex'), input: { therapistId: target.id, startsAt: free.availability.at(-1)!.startsAt, format: 'ONLINE', referralSource: 'GP', referralId: submitReferral.id } });
    await as(therapistToken, 'mutation ($input: DischargeReferralInput!) { dischargeReferral(input: $input) { status } }', { input: { referralId: submitReferral.id, gad7AtStart: 14, gad7AtEnd: 5, goalsAchieved: 'Walks to the shop twice a week.', recommendations: 'Keep the weekly walks going.' } });
    const SUMMARY = 'query ($id: ID!) { referral(id: $id) { dischargeSummary { recommendations } } }';
    expect((await as<{ referral: { dischargeSummary: unknown } }>(practice, SUMMARY, { id: submitReferral.id })).referral.dischargeSummary).toBeNull();

    // The person sees both referrals, and chooses to share the summary.
    await keyboard.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My referrals' }).click();
    await keyboard.getByRole('heading', { level: 1, name: 'My referrals' }).waitFor();
    await keyboard.getByText('(a GP letter you entered)').waitFor();
    const summary = keyboard.getByRole('region', { name: `Discharge summary from ${target.displayName}` });
    await summary.getByText('Keep the weekly walks going.').waitFor();
    await expectAccessible(keyboard);
    await summary.getByRole('button', { name: 'Share this summary with Demo Practice (made up)' }).click();
    await summary.getByRole('status').filter({ hasText: 'Demo Practice (made up) can now read this summary.' }).waitFor();
    expect((await as<{ referral: { dischargeSummary: { recommendations: string } } }>(practice, SUMMARY, { id: submitReferral.id })).referral.dischargeSummary.recommendations).toBe('Keep the weekly walks going.');
    await summary.getByRole('button', { name: 'Stop sharing the summary with Demo Practice (made up)' }).click();
    await summary.getByRole('status').filter({ hasText: 'can no longer read this summary' }).waitFor();
    expect((await as<{ referral: { dischargeSummary: unknown } }>(practice, SUMMARY, { id: submitReferral.id })).referral.dischargeSummary).toBeNull();
    await expectAccessible(keyboard);
  });

  step('downloads my data, then deletes the account after a clear warning', async () => {
    await page.getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await page.getByText(newClient.email).waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^caregraph-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { account: { email?: string }; bookings: Array<{ status: string; startsAt: string }> };
    expect(JSON.stringify(exported.account)).toContain(newClient.email);
    expect(exported.bookings.map((b) => [new Date(b.startsAt).toISOString(), b.status])).toEqual([[bookedAt, 'CANCELLED']]);
    await page.getByText(/Your data has been downloaded/).waitFor();

    const warning = await page.getByRole('region', { name: 'Delete my account' }).innerText();
    expect(warning).toMatch(/kept for 20 years after the end of your care/);
    expect(warning).toMatch(/NHS records-retention rules/);
    await page.getByLabel('Your password').fill('not my password');
    await page.getByLabel(/I understand that my account is deleted/).check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('alert').filter({ hasText: 'That password is not right' }).waitFor();
    await page.getByLabel('Your password').fill(newClient.password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account has been deleted' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);

    const login = await graphqlRequest(platform.urls.gateway, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: newClient.email, password: newClient.password } });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  step('resets a forgotten password from the e-mailed link', async () => {
    const email = 'client03@caregraph.example';
    await keyboard.getByRole('button', { name: /Sign out/ }).click();
    await keyboard.getByText('You have signed out.').waitFor();
    await keyboard.getByRole('link', { name: 'Sign in' }).click();
    await keyboard.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await keyboard.getByRole('link', { name: 'Forgotten your password?' }).click();
    await keyboard.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await keyboard.getByLabel('E-mail address').fill(email);
    await keyboard.getByRole('button', { name: 'Send me a reset link' }).click();
    await keyboard.getByText(`If ${email} has a Caregraph account, we have sent it a link`).waitFor();
    await expectAccessible(keyboard);
    await open(keyboard, `${webUrl}reset-password?token=${await mailedToken(email, 'reset-password')}`);
    await keyboard.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await keyboard.getByLabel('New password').fill('short');
    await keyboard.getByRole('button', { name: 'Save my new password' }).click();
    await keyboard.getByText('Choose a password of 8 to 256 characters.').waitFor();
    await keyboard.getByLabel('New password').fill('a brand new passphrase');
    await keyboard.getByRole('button', { name: 'Save my new password' }).click();
    await keyboard.getByText('Your password has been changed').waitFor();
    await expectAccessible(keyboard);
    await signIn(keyboard, email, 'a brand new passphrase', '/bookings');
    await keyboard.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
  });

  step("shows the demo client's unread notifications on the bell, opens them and marks them all read", async () => {
    // client01 has seeded notifications, two of them unread (a session reminder may have come since).
    reader = await newPage();
    await signIn(reader, 'client01@caregraph.example', DEMO_PASSWORD, '/bookings');
    const panel = await openBellWithUnread(reader, 'How are things going? You are invited to check in');
    await expectAccessible(reader);
    await markAllRead(reader, panel);
    // What was marked is the server's: a reload still shows it read.
    const reopened = await reopenPanelAfterReload(reader, 'How are things going? You are invited to check in');
    // A notification opens its page inside the app (the router, no page load).
    await reopened.getByRole('link', { name: 'How are things going? You are invited to check in', exact: true }).click();
    await reader.waitForURL((url) => url.pathname === '/care-plan');
    await reader.getByRole('heading', { level: 1, name: 'My care plan' }).waitFor();
  });

  step('keeps a notification setting across a reload, and explains the messages that always go', async () => {
    await open(reader, `${webUrl}my-data`);
    const settings = reader.getByRole('region', { name: 'Notification settings' });
    await settings.getByText(/Messages about your bookings .* are always sent/).waitFor();
    const reminders = settings.getByRole('checkbox', { name: 'Session reminders' });
    await expect(reminders.isChecked()).resolves.toBe(true);
    await reminders.click();
    await settings.getByText('Session reminders are now off.').waitFor();
    await expectAccessible(reader);
    await reader.reload();
    await reader.getByRole('region', { name: 'Notification settings' }).getByRole('checkbox', { name: 'Check-in invitations' }).waitFor();
    await expect(reader.getByRole('checkbox', { name: 'Session reminders' }).isChecked()).resolves.toBe(false);
    await expect(reader.getByRole('checkbox', { name: 'Check-in invitations' }).isChecked()).resolves.toBe(true);
    await reader.getByRole('checkbox', { name: 'Session reminders' }).click();
    await reader.getByText('Session reminders are now on.').waitFor();
  });

  step('opens the unsubscribe page signed out and says plainly when its link is not right', async () => {
    const visitor = await newPage();
    await open(visitor, `${webUrl}unsubscribe?token=not-a-real-token`);
    await visitor.getByRole('heading', { level: 1, name: 'Unsubscribe' }).waitFor();
    await expectAccessible(visitor);
    await visitor.getByRole('button', { name: 'Turn these off' }).click();
    await visitor.getByRole('alert').getByText(/This unsubscribe link is not right/).waitFor();
    await open(visitor, `${webUrl}unsubscribe`);
    await visitor.getByRole('alert').getByText(/This unsubscribe link is not right/).waitFor();
    expect(await visitor.getByRole('button', { name: 'Turn these off' }).count()).toBe(0);
  });

  step('says calmly that Caregraph is busy while the gateway refuses the directory as OVERLOADED, tries again, then shows it', async () => {
    const visitor = await newPage();
    // The directory arrives rendered on the server; the next search is the browser's own.
    await open(visitor, webUrl);
    await visitor.getByRole('article').first().waitFor();
    // That search is answered as the gateway answers under overload; the app's retry goes through.
    let refusedAt = 0;
    await visitor.route('**/graphql', async (route) => {
      const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      if (refusedAt || operation !== 'SearchTherapists') return route.continue();
      refusedAt = Date.now();
      const refusal = { errors: [{ message: 'Caregraph is overloaded; nothing was done.', extensions: { code: 'OVERLOADED', retryAfterSeconds: 1 } }] };
      return route.fulfill({ status: 503, headers: { 'retry-after': '1' }, contentType: 'application/json', body: JSON.stringify(refusal) });
    });
    await visitor.getByLabel('How would you like to meet?').selectOption('ONLINE');
    await visitor.getByRole('button', { name: 'Search', exact: true }).click();
    const notice = visitor.getByRole('status').filter({ hasText: /^Caregraph is very busy at the moment\. We will try again in about \d+ seconds; there is no need to do anything\.$/ });
    await notice.waitFor();
    await expectAccessible(visitor);
    await notice.waitFor({ state: 'detached' });
    expect(Date.now() - refusedAt).toBeGreaterThanOrEqual(1000);
    await visitor.getByRole('article').filter({ hasText: 'Online (video)' }).first().waitFor();
  });

  it('ran every page under the Content-Security-Policy without a refusal', () => {
    expect(cspViolations).toEqual([]);
  });

  it('sent every operation by its persisted-query id, the text only the first time the gateway met it', () => {
    expect(sent.textWithoutHash).toBe(0);
    expect(sent.hashOnly).toBeGreaterThan(sent.withText);
    expect(sent.withText).toBeGreaterThan(0);
  });
});
