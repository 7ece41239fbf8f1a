// Command-line options of `npm run bench:lighthouse`.

export const LIGHTHOUSE_DEFAULTS = Object.freeze({
  runs: 3,
  url: null,
  pages: ['directory', 'profile'],
  reports: null,
});

/** The pages the bench knows by name; any other page is given as a path starting with "/". */
export const NAMED_PAGES = Object.freeze({
  directory: 'the therapist directory (/)',
  profile: "a listed demo therapist's profile (/therapists/<id>)",
});

export const LIGHTHOUSE_USAGE = `usage: npm run bench:lighthouse -- [--runs N] [--url BASE] [--pages LIST] [--reports DIR]
  --runs N       Lighthouse runs per page; the medians are reported (default ${LIGHTHOUSE_DEFAULTS.runs}, at most 20)
  --url BASE     measure the client app already served at BASE (http or https) instead of starting the platform
  --pages LIST   comma-separated: directory, profile, or paths such as /therapists/<id> (default ${LIGHTHOUSE_DEFAULTS.pages.join(',')})
  --reports DIR  also keep every run's full Lighthouse report (JSON) in DIR`;

export class LighthouseOptionError extends Error {}

/** Parses the bench's command line; throws LighthouseOptionError (its message ends with the usage). */
export function parseLighthouseOptions(argv) {
  const options = { ...LIGHTHOUSE_DEFAULTS, pages: [...LIGHTHOUSE_DEFAULTS.pages] };
  const fail = (reason) => {
    throw new LighthouseOptionError(`${reason}\n${LIGHTHOUSE_USAGE}`);
  };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) fail(`unexpected argument "${argv[i]}"`);
    const [, name, inline] = match;
    if (name === 'help') throw new LighthouseOptionError(LIGHTHOUSE_USAGE);
    if (!Object.hasOwn(LIGHTHOUSE_DEFAULTS, name)) fail(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') fail(`--${name} needs a value`);
    if (name === 'runs') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 20) fail(`--runs must be a whole number from 1 to 20, got "${value}"`);
      options.runs = Number(value);
    } else if (name === 'url') {
      let base;
      try {
        base = new URL(value);
      } catch {
        fail(`--url must be an address such as http://127.0.0.1:5174, got "${value}"`);
      }
      if (base.protocol !== 'http:' && base.protocol !== 'https:') fail(`--url must be an http or https address, got "${value}"`);
      options.url = base.origin + base.pathname.replace(/\/+$/, '');
    } else if (name === 'pages') {
      const pages = value.split(',').map((p) => p.trim()).filter(Boolean);
      const unknown = pages.find((p) => !Object.hasOwn(NAMED_PAGES, p) && !p.startsWith('/'));
      if (unknown !== undefined || pages.length === 0) fail(`--pages takes ${Object.keys(NAMED_PAGES).join(', ')} or paths starting with "/"; got "${unknown ?? value}"`);
      if (new Set(pages).size !== pages.length) fail(`--pages names a page twice: "${value}"`);
      options.pages = pages;
    } else if (name === 'reports') options.reports = value;
  }
  return options;
}
