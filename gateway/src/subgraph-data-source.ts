import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { deadlineHeader, DELEGATION_HEADER, isClientFacingCode, parsePurgeHeader, PURGE_HEADER, RequestStoppedError, type DelegationTokenSigner, type InternalTokenSigner } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import type { SubgraphFetchOutcome } from './metrics';
import { undiciFetcher, type SubgraphFetcher, type SubgraphHttpResponse } from './subgraph-fetcher';

/** A subgraph's answer as Apollo's query-plan executor reads it. */
type SubgraphAnswer = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** Told how each subgraph fetch ended and how long it took, in seconds (the gateway's metrics). */
export type SubgraphFetchObserver = (subgraph: string, outcome: SubgraphFetchOutcome, seconds: number) => void;

/** Purges cached public reads by tag (docs/adr/032); awaited before the client's answer leaves. */
export type PurgeTags = (tags: string[]) => Promise<void>;

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
 *
 * It does what Apollo's RemoteGraphQLDataSource does for a query-plan fetch (the same body, the
 * same JSON or text reading of the answer) with plain header objects: that class builds a
 * node-fetch Headers and Request for every fetch, which the profile put at about 6 % of the
 * gateway's busy time (bench/results.md). A subgraph's Cache-Control header is not read: public
 * reads are cached by the gateway's own policy, from the schema's hints (docs/adr/032).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    readonly url: string,
    timeoutMs: number,
    private readonly signer: InternalTokenSigner,
    private readonly delegations: DelegationTokenSigner,
    private readonly observe: SubgraphFetchObserver = () => undefined,
    private readonly fetcher: SubgraphFetcher = undiciFetcher(timeoutMs),
    private readonly purge: PurgeTags = async () => undefined,
  ) {}

  /** One fetch, timed from signing the token to the parsed response, with how it ended. */
  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const response = await this.fetch(options);
      this.observe(this.name, response.errors?.length ? 'errors' : 'ok', seconds());
      return response;
    } catch (error) {
      this.observe(this.name, outcomeOf(error), seconds());
      throw error;
    }
  }

  private async fetch({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const { http, ...operation } = request;
    if (!operation.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    // Headers the executor itself asks for (a federated trace), then the gateway's own.
    for (const [name, value] of http?.headers ?? []) headers[name.toLowerCase()] = value;
    Object.assign(headers, await this.callHeaders(context), { 'content-type': 'application/json' });
    let response: SubgraphHttpResponse | undefined;
    let answer: SubgraphAnswer;
    try {
      response = await this.fetcher(this.url, { headers, body: JSON.stringify(operation), deadline: context?.deadline });
      if (!response.ok) throw this.errorFromResponse(response);
      const body = isJson(response) ? parseJson(response.text) : response.text;
      // Named by its kind only: the body itself stays out of the log.
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`Expected a JSON object from the subgraph, got ${Array.isArray(body) ? 'an array' : body === null ? 'null' : typeof body}`);
      answer = { ...body, http: { headers: response.headers, status: response.status } } as SubgraphAnswer;
    } catch (error) {
      this.didEncounterError(error as Error, response, context);
    }
    // A subgraph that changed what anonymous reads show names the cache tags to purge in a header of
    // its answer (after its commit); they are purged before the client hears the change was made.
    const tags = parsePurgeHeader(response.headers.get(PURGE_HEADER));
    if (tags.length) await this.purge(tags);
    return answer;
  }

  /**
   * The request id, a short-lived token signed for this subgraph alone carrying the caller, and a
   * delegation token (audience the gateway, bound to this subgraph, hop and request id) that the
   * subgraph sends back, alone, if it asks the graph on the caller's behalf (docs/adr/009). The
   * user's own token never leaves the gateway.
   */
  private async callHeaders(context: Partial<GatewayContext> | undefined): Promise<Record<string, string>> {
    // Gateway-internal fetches have no request context: they go out as anonymous.
    const requestId = context?.requestId ?? randomUUID();
    const caller = context?.caller ?? { userId: null, roles: [] };
    const clientIp = context?.clientIp ?? null;
    const depth = context?.depth ?? 0;
    const [internal, delegation] = await Promise.all([
      this.signer.sign(this.name, caller, requestId, clientIp, depth),
      this.delegations.sign({ caller, subgraph: this.name, depth: depth + 1, requestId, clientIp }),
    ]);
    // The subgraph stops its work (its SQL included) when the client's request runs out of time.
    return { 'x-request-id': requestId, authorization: `Bearer ${internal}`, [DELEGATION_HEADER]: delegation, ...deadlineHeader(context?.deadline) };
  }

  /**
   * An HTTP failure from the subgraph. A catalogue error in its body (e.g. UNAUTHENTICATED with
   * a 401) passes on; anything else is the subgraph being unavailable.
   */
  private errorFromResponse(response: SubgraphHttpResponse): GraphQLError {
    let first: { message?: unknown; extensions?: { code?: unknown } } | undefined;
    try {
      first = (JSON.parse(response.text) as { errors?: Array<typeof first> }).errors?.[0];
    } catch {
      first = undefined;
    }
    const code = first?.extensions?.code;
    if (isClientFacingCode(code) && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code } });
    }
    return Object.assign(new SubgraphUnavailableError(this.name, 'bad response'), { status: response.status });
  }

  /** A catalogue error passes on as it is; anything else is logged and the client told the part is unavailable. */
  private didEncounterError(error: Error, response: SubgraphHttpResponse | undefined, context: Partial<GatewayContext> | undefined): never {
    if (error instanceof GraphQLError && !(error instanceof SubgraphUnavailableError)) throw error;
    const mapped = error instanceof SubgraphUnavailableError ? error : new SubgraphUnavailableError(this.name, isTimeout(error) ? 'timeout' : 'unreachable');
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    context?.logger?.warn(
      { subgraph: this.name, reason: mapped.reason, status: response?.status, err: error.message, cause: cause?.code ?? cause?.message ?? (error as { code?: string }).code },
      'subgraph request failed',
    );
    throw mapped;
  }
}

/** The answer's JSON; a failure says so without quoting it (V8's message quotes the text, which would reach the log). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('The subgraph answered with JSON that does not parse');
  }
}

/** Apollo's rule: a JSON media type is parsed, anything else read as text (and then refused). */
function isJson(response: SubgraphHttpResponse): boolean {
  const type = response.headers.get('content-type');
  return Boolean(type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')));
}
