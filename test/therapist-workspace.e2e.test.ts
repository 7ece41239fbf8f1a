// The therapist workspace (clients/therapist) in headless chromium against the real platform, as two suites on one
// platform and one browser (test/therapist-workspace/workspace-platform.ts): the joining screens, then the whole
// loop. Each suite joins as a therapist of its own, in a browser context of its own; neither reads what the other
// changes. A platform and a browser fewer than as two files: about 11 s of CPU a run.
// One suite alone: `npx jest test/therapist-workspace.e2e.test.ts -t 'the whole loop'`.
import { stopWorkspace, workspaceBrowser, workspacePlatform } from './therapist-workspace/workspace-platform';
import './therapist-workspace/joining.suite';
import './therapist-workspace/whole-loop.suite';

// Without Chromium both suites are skipped, and jest runs neither hook.
beforeAll(() => Promise.all([workspacePlatform(), workspaceBrowser()]), 240_000);
afterAll(() => stopWorkspace(), 60_000);
