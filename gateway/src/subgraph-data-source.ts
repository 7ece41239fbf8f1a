import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { deadlineHeader, DELEGATION_HEADER, isClientFacingCode, parsePurgeHeader, PURGE_HEADER, RequestStoppedError, type DelegationTokenSigner, type InternalTokenSigner } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import type { SubgraphFetchOutcome } from './metrics';

/** Told how each subgraph fetch ended and how long it took, in seconds (the gateway's metrics). */
export type SubgraphFetchObserver = (subgraph: string, outcome: SubgraphFetchOutcome, seconds: number) => void;

/** Purges cached public reads by tag (docs/adr/032); awaited before the client's answer leaves. */
export type PurgeTags = (tags: string[]) => Promise<void>;

import { undiciFetcher, type Fetcher } from './subgraph-fetcher';

type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** What a client is told when a subgraph cannot answer: never its URL or the network error. */
export const SUBGRAPH_UNAVAILABLE_MESSAGE = 'A part of the service is unavailable right now. Please try again shortly.';

/** A subgraph did not answer in time, could not be reached, or answered with an HTTP failure. */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(
    readonly serviceName: string,
    readonly reason: 'timeout' | 'unreachable' | 'bad response',
  ) {
    super(SUBGRAPH_UNAVAILABLE_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName, reason } });
  }
}

/** How a fetch that threw ended: unavailable for a reason, or refused with a catalogue error (`errors`). */
function outcomeOf(error: unknown): SubgraphFetchOutcome {
  if (!(error instanceof SubgraphUnavailableError)) return 'errors';
  return error.reason === 'bad response' ? 'bad_response' : error.reason;
}

/** True for the errors AbortSignal.timeout produces, and for a client request out of time or gone. */
function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === 'TimeoutError' || name === 'AbortError' || error instanceof RequestStoppedError;
}

/**
 * Sends one subgraph its part of each query plan: at the URL configured for that subgraph,
 * with the request id, within the timeout. Network failures and HTTP errors become a
 * SubgraphUnavailableError; the detail goes to the log only.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
    private readonly signer: InternalTokenSigner,
    private readonly delegations: DelegationTokenSigner,
    private readonly observe: SubgraphFetchObserver = () => undefined,
    fetcher: Fetcher = undiciFetcher(timeoutMs),
    private readonly purge: PurgeTags = async () => undefined,
  ) {
    super({ url, fetcher });
  }

  /**
   * A subgraph that changed what anonymous reads show names the cache tags to purge in a header of its
   * answer (after its commit); they are purged before the client hears the change was made.
   */
  override async didReceiveResponse({ response }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const tags = parsePurgeHeader(response.http?.headers.get(PURGE_HEADER));
    if (tags.length) await this.purge(tags);
    return response;
  }

  /** One fetch, timed from signing the token to the parsed response, with how it ended. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Awaited<ReturnType<RemoteGraphQLDataSource['process']>>> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await super.process(options);
      this.observe(this.name, response.errors?.length ? 'errors' : 'ok', seconds());
      return response;
    } catch (error) {
      this.observe(this.name, outcomeOf(error), seconds());
      throw error;
    }
  }

  /**
   * Adds the request id, a short-lived token signed for this subgraph alone carrying the caller,
   * and a delegation token (audience the gateway, bound to this subgraph, hop and request id) that
   * the subgraph sends back, alone, if it asks the graph on the caller's behalf (docs/adr/009).
   * The user's own token never leaves the gateway.
   */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Gateway-internal fetches have no request context: they go out as anonymous.
    const requestId = context?.requestId ?? randomUUID();
    const caller = context?.caller ?? { userId: null, roles: [] };
    const clientIp = context?.clientIp ?? null;
    const depth = context?.depth ?? 0;
    const [internal, delegation] = await Promise.all([
      this.signer.sign(this.name, caller, requestId, clientIp, depth),
      this.delegations.sign({ caller, subgraph: this.name, depth: depth + 1, requestId, clientIp }),
    ]);
    request.http?.headers.set('x-request-id', requestId);
    request.http?.headers.set('authorization', `Bearer ${internal}`);
    request.http?.headers.set(DELEGATION_HEADER, delegation);
    // The subgraph stops its work (its SQL included) when the client's request runs out of time.
    for (const [name, value] of Object.entries(deadlineHeader())) request.http?.headers.set(name, value);
  }

  /**
   * An HTTP failure from the subgraph. A catalogue error in its body (e.g. UNAUTHENTICATED with
   * a 401) passes on; anything else is the subgraph being unavailable.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await response.text().catch(() => '');
    let first: { message?: unknown; extensions?: { code?: unknown } } | undefined;
    try {
      first = (JSON.parse(body) as { errors?: Array<typeof first> }).errors?.[0];
    } catch {
      first = undefined;
    }
    const code = first?.extensions?.code;
    if (isClientFacingCode(code) && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code } });
    }
    return Object.assign(new SubgraphUnavailableError(this.name, 'bad response'), { status: response.status });
  }

  override didEncounterError(error: Error, _request: unknown, _response?: FetcherResponse, context?: GatewayContext): void {
    if (error instanceof GraphQLError && !(error instanceof SubgraphUnavailableError)) throw error;
    const mapped = error instanceof SubgraphUnavailableError ? error : new SubgraphUnavailableError(this.name, isTimeout(error) ? 'timeout' : 'unreachable');
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    context?.logger.warn(
      { subgraph: this.name, reason: mapped.reason, status: (error as { status?: number }).status, err: error.message, cause: cause?.code ?? cause?.message ?? (error as { code?: string }).code },
      'subgraph request failed',
    );
    throw mapped;
  }
}
