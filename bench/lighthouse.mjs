// `npm run bench:lighthouse`: Lighthouse's mobile profile on the client app's public pages, the
// directory and a therapist's profile (bench/README.md). Starts the whole platform as `npm start` does
// (demo data, databases lighthouse_* on DATABASE_URL or the embedded PostgreSQL, free ports), or measures
// an app already served (--url). Runs Lighthouse N times per page, pages interleaved, each run in a fresh
// Chromium, and writes the medians beside the targets to bench/results.md and a JSON summary to
// bench/lighthouse-results.json.
//   --runs N (default 3)   --url BASE   --pages directory,profile,/a/path   --reports DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LighthouseOptionError, parseLighthouseOptions } from './lighthouse/options.mjs';

const say = (line) => process.stdout.write(`${line}\n`);

function optionsOrExit() {
  try {
    return parseLighthouseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof LighthouseOptionError)) throw error;
    process.stderr.write(`bench:lighthouse: ${error.message}\n`);
    process.exit(2);
  }
}

/** The commit of this checkout, marked when files other than the bench's own results differ from it. */
function commitOf(repoRoot) {
  const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', '.', ':!bench/results.md', ':!bench/lighthouse-results.json');
    return changed ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** What the first report says about how it measured. */
function environmentOf(lhr, browser) {
  const s = lhr.configSettings;
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    browser: browser ?? lhr.environment.hostUserAgent,
    formFactor: s.formFactor,
    screen: `${s.screenEmulation.width}×${s.screenEmulation.height} at ${s.screenEmulation.deviceScaleFactor}×`,
    throttlingMethod: s.throttlingMethod,
    throttling: { rttMs: s.throttling.rttMs, throughputKbps: s.throttling.throughputKbps, cpuSlowdownMultiplier: s.throttling.cpuSlowdownMultiplier },
  };
}

/** The platform on databases of its own, with the client app served; `{ base, stop }`. */
async function startApp(say) {
  const { chooseServer } = await import('../scripts/lib/choose-server.mjs');
  const { startBenchPlatform } = await import('./lib/platform.mjs');
  const { serverUrl, postgres } = await chooseServer(process.env, say, 'bench:lighthouse');
  let platform;
  try {
    say('bench:lighthouse: starting the platform (databases lighthouse_*, demo data)…');
    platform = await startBenchPlatform({
      serverUrl,
      prefix: 'lighthouse_',
      env: { LOG_LEVEL: 'warn' },
      log: (line) => (/error|fatal|not served/i.test(line) ? say(line) : undefined),
    });
    if (!platform.urls.web) throw new Error('the client app was not served (see the line above); run `npm run build:web` or start again');
  } catch (error) {
    await platform?.stop();
    await postgres?.stop();
    throw error;
  }
  return {
    base: platform.urls.web.replace(/\/+$/, ''),
    stop: async () => {
      await platform.stop();
      await postgres?.stop();
    },
  };
}

async function main() {
  const options = optionsOrExit();
  const { REPO_ROOT } = await import('../scripts/lib/subgraphs.mjs');
  const { auditOnce, chromiumVersion } = await import('./lighthouse/audit.mjs');
  const { figuresOf, summarisePage } = await import('./lighthouse/figures.mjs');
  const { resolvePages } = await import('./lighthouse/pages.mjs');
  const { writeLighthouseJson, writeLighthouseResults } = await import('./lighthouse/results.mjs');
  const { median } = await import('./lib/results.mjs');
  const benchDir = path.join(REPO_ROOT, 'bench');
  const commit = commitOf(REPO_ROOT);
  const date = new Date();

  const app = options.url ? { base: options.url, stop: async () => {} } : await startApp(say);
  try {
    const pages = (await resolvePages(options.pages, app.base)).map((page) => ({ ...page, url: `${app.base}${page.path}`, runs: [] }));
    if (options.reports) mkdirSync(options.reports, { recursive: true });
    let environment;
    for (let run = 1; run <= options.runs; run++) {
      for (const page of pages) {
        const { lhr, json } = await auditOnce(page.url);
        environment ??= environmentOf(lhr, chromiumVersion());
        const figures = figuresOf(lhr);
        page.runs.push(figures);
        if (options.reports) writeFileSync(path.join(options.reports, `${page.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'page'}-${run}.json`), json);
        for (const warning of figures.warnings) say(`  Lighthouse warned: ${warning}`);
        say(`  ${page.name} run ${run}/${options.runs}: performance ${figures.performance}, accessibility ${figures.accessibility}, best practices ${figures.bestPractices}, SEO ${figures.seo}; LCP ${(figures.lcpMs / 1000).toFixed(2)} s, TBT ${figures.tbtMs.toFixed(0)} ms`);
      }
    }
    for (const page of pages) page.summary = summarisePage(page.runs);
    environment.benchmarkIndex = median(pages.flatMap((p) => p.runs.map((r) => r.benchmarkIndex)));
    const target = options.url
      ? `The app at ${options.url}`
      : 'The client app (`clients/web` production build) served by `scripts/lib/static-app-server.mjs` as `npm start` serves it, the whole platform behind it with the demo data';
    const results = { date, commit, runs: options.runs, target, environment, pages };
    writeLighthouseJson(path.join(benchDir, 'lighthouse-results.json'), results);
    say(writeLighthouseResults(path.join(benchDir, 'results.md'), results));
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:lighthouse: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
