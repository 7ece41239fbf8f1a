export { readGatewayConfig, type GatewayConfig } from './config';
export { startGateway, type RunningGateway } from './start-gateway';
export { composeSupergraph, loadSupergraph, SupergraphFileError, SCHEMA_COMMAND, type SubgraphSdl } from './supergraph-file';
export { SUBGRAPHS, type SubgraphName } from './subgraphs';
export { formatGatewayError } from './format-error';
export { checkReadiness, healthUrlOf, type Readiness } from './readiness';
export { SubgraphDataSource, SubgraphUnavailableError, SUBGRAPH_UNAVAILABLE_MESSAGE } from './subgraph-data-source';
export type { GatewayContext } from './context';
