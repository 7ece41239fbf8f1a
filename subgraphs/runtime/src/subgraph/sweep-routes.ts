import type { PublicRouteHandler, Sweep } from './definition';
import { systemRoute } from './system-route';

/** Where the delivery worker asks a subgraph to run one of its sweeps. */
export const SWEEP_PATH_PREFIX = '/internal/sweeps/';

/** The routes serving a subgraph's sweeps, keyed by path: `POST /internal/sweeps/<name>` answers `{ recorded }`. */
export function sweepRoutes(sweeps: Record<string, Sweep> = {}): Record<string, PublicRouteHandler> {
  return Object.fromEntries(
    Object.entries(sweeps).map(([name, sweep]) => [
      `${SWEEP_PATH_PREFIX}${name}`,
      systemRoute(async ({ orm }) => ({ body: { recorded: await sweep(orm.em.fork(), new Date()) } })),
    ]),
  );
}
