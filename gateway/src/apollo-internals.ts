// The gateway changes two steps of Apollo's query-plan executor (operation-reuse.ts, response-shaping.ts),
// which offers no hook for them: they are reached in Apollo's own modules, the instances @apollo/gateway
// itself loads, so that its executor sees the change.
import path from 'node:path';

/** `require(specifier)` resolved from @apollo/gateway's own folder, as the gateway's executor resolves it. */
export function requireAsApolloGatewayDoes<T>(specifier: string): T {
  return require(require.resolve(specifier, { paths: [path.dirname(require.resolve('@apollo/gateway'))] })) as T;
}
