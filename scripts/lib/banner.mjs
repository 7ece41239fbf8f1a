// What `npm start` prints once the platform is ready: where everything is, how to sign in,
// and one query to try.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT, SUBGRAPHS } from './subgraphs.mjs';

/** The example query (scripts/example-query.graphql), checked against the supergraph by test/schema-freshness.test.ts. */
export const EXAMPLE_QUERY_FILE = path.join(REPO_ROOT, 'scripts', 'example-query.graphql');

/** The example query without its explanatory comment. */
export function exampleQuery() {
  return readFileSync(EXAMPLE_QUERY_FILE, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .trim();
}

/**
 * The demo people to sign in as, with the published demo password and authenticator secret, and the demo
 * practice's API client, from the deterministic demo data (@caregraph/demo-data, built).
 */
export function demoLogins() {
  const load = createRequire(path.join(REPO_ROOT, 'package.json'));
  const { demoRoster, DEMO_PASSWORD, DEMO_ADMIN_TOTP_SECRET, DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET } = load('@caregraph/demo-data');
  const users = demoRoster().users;
  const first = (role) => users.find((user) => user.role === role);
  return [
    {
      label: 'admin',
      email: first('ADMIN').email,
      note: `password ${DEMO_PASSWORD}, then a TOTP code: run \`npm run demo:totp\` (or add secret ${DEMO_ADMIN_TOTP_SECRET} to an authenticator app)`,
    },
    { label: 'therapist', email: first('THERAPIST').email, note: `password ${DEMO_PASSWORD}` },
    { label: 'client', email: first('CLIENT').email, note: `password ${DEMO_PASSWORD}` },
    // The demo GP practice's system: OAuth client credentials for the integrator guide's examples.
    { label: 'API client', email: `client_id ${DEMO_API_CLIENT_ID}`, note: `client_secret ${DEMO_API_CLIENT_SECRET}; POST them to /oauth/token on the gateway` },
  ];
}

/** Where accounts writes e-mails (verification and reset links) when no SMTP server is configured. */
export function mailFolder() {
  // The configuration alone: the package's main module is the whole subgraph, seconds of loading.
  const { readAccountsConfig } = createRequire(path.join(REPO_ROOT, 'package.json'))('@caregraph/accounts/config');
  return process.env.SMTP_URL ? undefined : readAccountsConfig().mailDir;
}

/** `sign in as <email> (<note>)` for the demo login labelled `label`, or a pointer to the list below. */
const signInAs = (logins, label) => {
  const login = logins.find((candidate) => candidate.label === label);
  return login ? `sign in as ${login.email}${login.note ? `, ${login.note}` : ''}` : `sign in as the demo ${label} below`;
};
const indent = (text, by) => text.split('\n').map((line) => `${' '.repeat(by)}${line}`).join('\n');
const row = (label, value) => `  ${label.padEnd(20)}${value}`;

/**
 * The text printed when the platform is up.
 * @param {{ urls: { gateway: string, health: string, ready: string, metrics: string, subgraphs: Record<string,string> }, database: string, databases: Record<string,string>, logins: { label: string, email: string, note?: string }[], query: string }} info
 */
export function renderBanner({ urls, database, databases, logins, query, mailDir }) {
  return [
    '',
    'Caregraph is running.',
    '',
    row('GraphQL (gateway)', urls.gateway),
    row('Apollo Sandbox', `open ${urls.gateway} in a browser`),
    row('Health', urls.health),
    row('Readiness, metrics', `${urls.ready}  ${urls.metrics}  (operations port, this machine only)`),
    ...(urls.web ? [row('Client app', `${urls.web}  (find a therapist and book; sign in as a demo client below)`)] : []),
    ...(urls.therapist ? [row('Therapist app', `${urls.therapist}  (today, bookings, clients and care plans; ${signInAs(logins, 'therapist')})`)] : []),
    ...(urls.admin ? [row('Admin dashboard', `${urls.admin}  (sign in as the demo admin below)`)] : []),
    '',
    '  Subgraphs',
    ...SUBGRAPHS.map((s) => row(`  ${s.name}`, urls.subgraphs[s.name])),
    ...(urls.worker ? [row('Delivery worker', `${urls.worker}/ready  ${urls.worker}/metrics  (e-mail and in-app notifications, organisations' webhooks)`)] : []),
    '',
    row('Database', database),
    ...SUBGRAPHS.map((s) => row(`  ${s.name}`, databases[s.name])),
    ...(logins.length
      ? ['', '  Demo logins', ...logins.map((login) => row(`  ${login.label}`, `${login.email}${login.note ? `  (${login.note})` : ''}`))]
      : []),
    ...(mailDir ? ['', row('E-mail', `no SMTP server set: messages (sign-up and reset links, notifications) are written to ${mailDir}`)] : []),
    ...(query
      ? [
          '',
          '  Try it in Sandbox: sign in as a therapist with',
          '    mutation { login(input: { email: "therapist01@caregraph.example", password: "<demo password>" }) { accessToken } }',
          '  then send the header  Authorization: Bearer <accessToken>  with this query (it crosses four subgraphs):',
          '',
          indent(query, 4),
        ]
      : []),
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
