// The client app (clients/web) and the therapist workspace (clients/therapist) in headless Chromium against the
// real platform, as three suites on one platform and one browser (test/client-apps/apps-platform.ts): the client
// app's journeys, then the workspace's joining screens, then the whole loop from a client's booking to the
// therapist's care plan. Each suite signs in as people of its own (new ones, or demo clients and listings the others
// leave alone), in browser contexts of its own. The client app goes first: it searches the directory, which the
// workspace's suites add listings to. A platform and a browser fewer than as two files: on 2026-12-07, a slow day,
// 79–97 s of CPU alone against 113–129 s as two files.
// One suite alone: `npx jest test/client-apps.e2e.test.ts -t 'the whole loop'`.
import { appsBrowser, appsPlatform, stopApps } from './client-apps/apps-platform';
import './client-apps/web-client.suite';
import './client-apps/therapist-joining.suite';
import './client-apps/therapist-whole-loop.suite';

// Without Chromium every suite is skipped, and jest runs neither hook.
beforeAll(() => Promise.all([appsPlatform(), appsBrowser()]), 240_000);
afterAll(() => stopApps(), 60_000);
