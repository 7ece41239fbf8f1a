import type { Caller, Role } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../auth/access-token';
import { JWKS_PATH } from '../jwks/jwks.route';
import { accountsComposition, createAccountsServices } from '../composition';
import type { AccountsServices } from '../services';
import { accountsSubgraph } from '../subgraph';

/** A fresh Ed25519 private key as PKCS#8 PEM, as `npm start` generates one. */
export function generateSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** One e-mail as written to MAIL_DIR, decoded enough to read. */
export interface WrittenMail {
  file: string;
  to: string;
  subject: string;
  /** The plain-text part, quoted-printable decoded. */
  text: string;
  raw: string;
}

/** Undoes quoted-printable: soft line breaks and =XX escapes. */
function decodeQuotedPrintable(text: string): string {
  return Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

function parseEml(file: string): WrittenMail {
  const raw = readFileSync(file, 'utf8');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1] ?? '';
  const textPart = /Content-Type: text\/plain[\s\S]*?\n\n([\s\S]*?)\n--/i.exec(raw)?.[1] ?? '';
  return { file, raw, to: header('To'), subject: header('Subject'), text: decodeQuotedPrintable(textPart) };
}

/** The accounts subgraph under test, with its own database, keys and mail folder. */
export interface AccountsHarness {
  subgraph: TestSubgraph;
  mailDir: string;
  /** Sends an operation as the gateway would. */
  request: TestSubgraph['request'];
  /** Every mail written so far (after in-flight deliveries finish), oldest first. */
  mails(): Promise<WrittenMail[]>;
  /** The token of the newest link to `route` (e.g. `verify-email`) mailed to `email`. */
  linkToken(email: string, route: string): Promise<string>;
  /** Opens an account through the API (from a client address of its own); returns the new user's id, read from the database. */
  signUp(email: string, password?: string, role?: Role): Promise<{ id: string }>;
  /** Signs in through the API; returns the data or throws with the first error. */
  login(email: string, password: string, clientIp?: string): Promise<LoginData>;
  /** What the gateway would make of an access token: verified against the served JWKS. */
  callerOf(accessToken: string): Promise<Caller>;
  /** Where the JWKS is served (changes with a restart). */
  readonly jwksUrl: string;
  /** Restarts the subgraph on the same database (and a new port): its services are built again from the environment. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface LoginData {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  refreshTokenExpiresAt: string;
  mfaRequired: boolean;
  mfaEnrolmentRequired: boolean;
  mfaToken: string | null;
  user: { id: string; email: string; role: Role; emailVerified: boolean };
}

export const DEFAULT_PASSWORD = 'correct horse battery staple';

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt mfaRequired mfaEnrolmentRequired mfaToken
    user { id email role emailVerified }
  }
}`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) }`;

/** A documentation-range address (RFC 5737) of its own for each helper sign-up, so the per-caller limit stays out of the way. */
let nextSignUpIp = 0;
const signUpIp = () => `203.0.113.${(nextSignUpIp++ % 254) + 1}`;

/**
 * Starts the accounts subgraph for a test file: fresh signing key (unless given), mail folder
 * in a temporary directory, extra environment variables from `env`.
 */
export async function startAccounts(env: Record<string, string> = {}): Promise<AccountsHarness> {
  const mailDir = mkdtempSync(path.join(tmpdir(), 'caregraph-mail-'));
  Object.assign(process.env, { ACCOUNTS_SIGNING_KEYS: generateSigningKeyPem(), MAIL_DIR: mailDir, ...env });
  delete process.env.SMTP_URL;
  if (!env.REDIS_URL) delete process.env.REDIS_URL;
  // The composition as the runtime runs it, keeping hold of the services to wait for their mail.
  let services: AccountsServices | undefined;
  const subgraph = await startTestSubgraph({
    ...accountsSubgraph,
    compose: async () => accountsComposition((services = await createAccountsServices())),
  });

  const mails = async () => {
    await services?.mail.idle();
    return readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => parseEml(path.join(mailDir, f)));
  };

  const harness: AccountsHarness = {
    subgraph,
    mailDir,
    get jwksUrl() {
      return subgraph.url.replace(/\/graphql$/, JWKS_PATH);
    },
    request: (query, variables, caller, clientIp) => subgraph.request(query, variables, caller, clientIp),
    mails,
    async linkToken(email, route) {
      const link = new RegExp(`/${route}\\?token=([\\w-]+)`);
      const mail = (await mails()).filter((m) => m.to.toLowerCase().includes(email.toLowerCase()) && link.test(m.text)).at(-1);
      const token = mail && link.exec(mail.text)?.[1];
      if (!token) throw new Error(`no ${route} link mailed to ${email}`);
      return token;
    },
    async signUp(email, password = DEFAULT_PASSWORD, role = 'CLIENT') {
      const result = await subgraph.request<{ signUp: boolean }>(SIGN_UP, { input: { email, password, displayName: 'Test Person', role } }, undefined, signUpIp());
      if (result.errors) throw new Error(`signUp failed: ${JSON.stringify(result.errors)}`);
      const [row] = await subgraph.db.orm.em.getConnection().execute<Array<{ id: string }>>('select id from users where lower(email) = lower(?)', [email]);
      if (!row) throw new Error(`signUp answered ${JSON.stringify(result.data)} but opened no account for ${email}`);
      return { id: row.id };
    },
    async login(email, password, clientIp) {
      const result = await subgraph.request<{ login: LoginData }>(LOGIN, { input: { email, password } }, undefined, clientIp);
      if (result.errors) throw Object.assign(new Error(result.errors[0].message), { errors: result.errors });
      return result.data!.login;
    },
    async callerOf(accessToken) {
      const { payload } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(harness.jwksUrl)), {
        algorithms: ['EdDSA'],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      });
      return { userId: payload.sub!, roles: payload.roles as Role[] };
    },
    restart: () => subgraph.restart(),
    async stop() {
      await subgraph.stop();
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
  return harness;
}
