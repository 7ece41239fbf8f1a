import { ConfigError, refusesDemoCredentials, type Logger } from '@caregraph/kernel';

/** How long the gateway waits for accounts to answer at start-up (it may still be starting). */
const WAIT_FOR_ACCOUNTS_MS = 30_000;
const RETRY_EVERY_MS = 1000;

/** accounts' `/demo-credentials` beside its `/graphql`. */
export function demoCredentialsUrlOf(accountsGraphqlUrl: string): string {
  const url = new URL(accountsGraphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/demo-credentials';
  url.search = '';
  return url.toString();
}

/**
 * In production, refuses to serve while accounts reports an account with a published demo credential
 * (the demo password or authenticator secret): asks accounts' `/demo-credentials` before listening, retrying
 * while accounts is not up yet, and refuses too when it cannot get an answer (README.md, "Demo data").
 */
export async function assertNoDemoCredentials(accountsGraphqlUrl: string, logger: Logger, waitMs = WAIT_FOR_ACCOUNTS_MS): Promise<void> {
  if (!refusesDemoCredentials()) return;
  const url = demoCredentialsUrlOf(accountsGraphqlUrl);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let answer: { demoCredentials?: unknown } | undefined;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) answer = (await response.json()) as { demoCredentials?: unknown };
      else await response.arrayBuffer();
    } catch {
      answer = undefined;
    }
    if (answer && typeof answer.demoCredentials === 'boolean') {
      if (!answer.demoCredentials) return;
      throw new ConfigError(
        'refusing to serve with NODE_ENV=production: accounts reports accounts with a published demo credential (the demo password or authenticator secret). ' +
          'Delete the demo accounts or change their credentials first.',
      );
    }
    if (Date.now() >= deadline) {
      throw new ConfigError('refusing to serve with NODE_ENV=production: accounts did not confirm that no published demo credential exists (its /demo-credentials did not answer).');
    }
    logger.info('waiting for accounts to confirm there are no demo credentials');
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}
