import type { ApolloServer, HTTPGraphQLRequest } from '@apollo/server';
import { ConfigError } from '@caregraph/kernel';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { GatewayContext } from '../context';
import type { PersistedQueryCache } from './redis-cache';

/** The operations a trusted-documents gateway accepts, by the sha256 (hex) of their exact text. */
export interface TrustedDocuments {
  /** Where the manifest was read from (for logs). */
  readonly path: string;
  readonly size: number;
  has(sha256: string): boolean;
  get(sha256: string): string | undefined;
}

/** The hash Apollo's APQ protocol uses: sha256 of the document text, lower-case hex. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Apollo's manifest format (`@apollo/generate-persisted-query-manifest`). */
interface ApolloManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: Array<{ id: string; body: string; name?: string; type?: string }>;
}

function isApolloManifest(value: unknown): value is ApolloManifest {
  return (value as ApolloManifest | null)?.format === 'apollo-persisted-query-manifest';
}

/** The manifest's entries as [hash, document] pairs, in either accepted format. */
function entriesOf(manifest: unknown, file: string): Array<[string, unknown]> {
  if (isApolloManifest(manifest)) {
    if (manifest.version !== 1 || !Array.isArray(manifest.operations)) {
      throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: ${file} is an Apollo manifest, but not version 1 with an "operations" list.`);
    }
    return manifest.operations.map((op) => [String(op?.id), op?.body]);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: ${file} must hold a JSON object { "<sha256 of the document>": "<document>" }.`);
  }
  return Object.entries(manifest);
}

/**
 * Reads a trusted-documents manifest: a JSON object mapping the sha256 (hex) of each document's exact
 * text to the text (GraphQL Code Generator's `persisted-documents.json` with sha256), or Apollo's
 * persisted-query manifest (`{ format: "apollo-persisted-query-manifest", version: 1, operations:
 * [{ id, body }] }`). Every key must be the hash of its document: a manifest that does not check
 * out, or holds no operation, is refused with a ConfigError, so the gateway does not start with it.
 */
export async function loadTrustedDocuments(file: string): Promise<TrustedDocuments> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: ${file} is not JSON (${(error as Error).message}).`);
  }
  const documents = new Map<string, string>();
  for (const [key, document] of entriesOf(manifest, file)) {
    const hash = key.toLowerCase();
    if (typeof document !== 'string' || !document.trim()) {
      throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: the entry ${key} in ${file} has no document text.`);
    }
    if (!SHA256.test(hash) || documentHash(document) !== hash) {
      throw new ConfigError(
        `GATEWAY_TRUSTED_DOCUMENTS: the entry ${key} in ${file} is not the sha256 of its document (expected ${documentHash(document)}).`,
      );
    }
    documents.set(hash, document);
  }
  if (documents.size === 0) throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS: ${file} holds no operation.`);
  return {
    path: file,
    size: documents.size,
    has: (sha256) => documents.has(sha256.toLowerCase()),
    get: (sha256) => documents.get(sha256.toLowerCase()),
  };
}

/** Apollo Server prefixes every key of the persisted-query cache with this. */
const APQ_KEY_PREFIX = 'apq:';

/**
 * The persisted-query cache of a trusted-documents gateway: the manifest itself, read-only. A client
 * may send only the hash of a manifest operation; nothing new is ever registered.
 */
export function manifestCache(documents: TrustedDocuments): PersistedQueryCache {
  return {
    get: async (key) => documents.get(key.startsWith(APQ_KEY_PREFIX) ? key.slice(APQ_KEY_PREFIX.length) : key),
    set: async () => undefined,
    delete: async () => false,
  };
}

/** The refusal of an operation that is not in the manifest: FORBIDDEN, HTTP 403, with the hash it had. */
export function untrustedOperationError(operationHash: string | undefined): GraphQLError {
  return new GraphQLError(
    'This endpoint accepts only the operations registered for its apps (trusted documents), and this operation is not one of them.',
    { extensions: { code: 'FORBIDDEN', ...(operationHash ? { operationHash } : {}), http: { status: 403 } } },
  );
}

/**
 * True for the platform's own calls, which are not a client app's documents: a subgraph asking the
 * graph on its caller's behalf (depth 1, docs/adr/009) or acting as SYSTEM (erasure, docs/adr/006).
 * Both carry a token only the platform can sign, checked before this runs.
 */
function isPlatformCall(context: GatewayContext): boolean {
  return context.depth > 0 || context.caller.roles.includes('SYSTEM');
}

/** The hash of what an HTTP GraphQL request asks for: of its text, or the hash it was sent by; undefined for neither. */
export function requestedHash(request: HTTPGraphQLRequest): string | undefined {
  let query: unknown;
  let extensions: unknown;
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    query = params.get('query') ?? undefined;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      extensions = undefined;
    }
  } else if (typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body)) {
    ({ query, extensions } = request.body as { query?: unknown; extensions?: unknown });
  }
  if (typeof query === 'string') return documentHash(query);
  const sent = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery?.sha256Hash;
  return typeof sent === 'string' ? sent : undefined;
}

/**
 * Puts the trusted-documents check in front of Apollo Server: every client operation not in the manifest
 * (sent by a hash that is not there, or as text that does not hash to an entry) is refused with FORBIDDEN
 * once the caller is known and before Apollo parses, validates or plans it. The check runs as part of
 * building the request context, the one step before parsing whose errors Apollo answers as it should
 * (a plugin's `requestDidStart` cannot refuse: Apollo turns its errors into a 500). Requests with neither
 * text nor hash are left to Apollo's own 400.
 */
export function guardTrustedDocuments(apollo: ApolloServer<GatewayContext>, documents: TrustedDocuments): ApolloServer<GatewayContext> {
  const execute: ApolloServer<GatewayContext>['executeHTTPGraphQLRequest'] = ({ httpGraphQLRequest, context }) =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => {
        const value = await context();
        const hash = requestedHash(httpGraphQLRequest);
        if (hash === undefined || isPlatformCall(value) || documents.has(hash)) return value;
        // A hash the client made up is not repeated back (nor logged) unless it looks like one.
        const shown = SHA256.test(hash) ? hash : undefined;
        value.logger.warn({ operationHash: shown }, 'operation refused: not in the trusted documents');
        throw untrustedOperationError(shown);
      },
    });
  // Everything else is the server itself; only the HTTP entry point is guarded.
  return new Proxy(apollo, {
    get: (target, property) => (property === 'executeHTTPGraphQLRequest' ? execute : Reflect.get(target, property, target)),
  });
}
