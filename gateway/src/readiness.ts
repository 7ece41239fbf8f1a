/** What `/ready` reports: every subgraph's state, by name, and never its URL. */
export interface Readiness {
  status: 'ok' | 'unavailable';
  subgraphs: Record<string, 'ok' | 'unavailable'>;
}

/** A subgraph's health endpoint: its GraphQL URL with `/graphql` replaced by `/health`. */
export function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/health';
  url.search = '';
  return url.toString();
}

async function isHealthy(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(healthUrlOf(graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer(); // release the connection for keep-alive
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Asks every subgraph's `/health` at once; ready only when each answers 200 within `timeoutMs`. */
export async function checkReadiness(subgraphUrls: Record<string, string>, timeoutMs: number): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => [name, (await isHealthy(url, timeoutMs)) ? 'ok' : 'unavailable'] as const),
  );
  const subgraphs = Object.fromEntries(entries);
  return { status: entries.every(([, state]) => state === 'ok') ? 'ok' : 'unavailable', subgraphs };
}
