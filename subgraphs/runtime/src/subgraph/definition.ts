import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';
import type { OrmSettings } from '../orm/orm-config';
import type { ReferenceResolvers } from '../schema/federation';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { InternalTokenVerifier, Logger } from '@caregraph/kernel';
import type { RetentionPurgeTarget } from '../retention/retention-purge';

/** Everything the runtime needs to know to build, migrate, seed and serve one subgraph. */
export interface SubgraphDefinition {
  /** Subgraph name as it appears in the supergraph: accounts, therapists, bookings, care-plans. */
  name: string;
  /** Prefix of this subgraph's environment variables, e.g. `CARE_PLANS` for CARE_PLANS_PORT. */
  envPrefix: string;
  /** Name of the PostgreSQL database the subgraph owns. */
  database: string;
  /** Port used when `<PREFIX>_PORT` is unset (docs/architecture.md#ports). */
  defaultPort: number;
  /** The subgraph package's root folder (holding src/, dist/). */
  packageRoot: string;
  entities: OrmSettings['entities'];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity owned or extended here; each must batch through a loader. */
  referenceResolvers?: ReferenceResolvers;
  /**
   * Extra public HTTP routes beside /graphql and /health, served WITHOUT the gateway token:
   * only for documents that are public by nature (e.g. the accounts JWKS). Keyed by path.
   */
  publicRoutes?: Record<string, PublicRouteHandler>;
  /**
   * The subgraph's composition root, run once each time it starts serving (never for sdl, migrate or
   * seed): builds the services its resolvers share. Without it resolvers are built with no arguments.
   */
  compose?: () => Promise<SubgraphComposition> | SubgraphComposition;
  /**
   * Runs once the database is open, before `serve` listens: a start-up check of the data (accounts refuses
   * production while a published demo credential exists). Throwing stops the start with its message.
   */
  beforeServe?: (services: { orm: MikroORM; logger: Logger }) => Promise<void>;
  /**
   * Tables whose rows carry a retention date and are deleted once it has passed: the serving process
   * purges them on a timer (RETENTION_PURGE_INTERVAL_MINUTES) and `purge-expired` does it once. Such a
   * subgraph lists `RetentionPurge` among its entities (the audit of every purge).
   */
  retention?: readonly RetentionPurgeTarget[];
  /**
   * Periodic notices the delivery worker asks for on its schedule (`POST /internal/sweeps/<name>`, SYSTEM
   * internal token only): each finds what has fallen due (a session tomorrow, a flag left unacknowledged),
   * marks it and records outbox events in one transaction, and returns how many events it recorded. Two
   * workers may ask at once: a sweep claims rows with FOR UPDATE SKIP LOCKED so nothing is noticed twice.
   */
  sweeps?: Record<string, Sweep>;
  /** Inserts the demo data when the subgraph's tables are empty; returns the number of rows written. */
  seed?: (em: EntityManager, logger: Logger) => Promise<number>;
}

/** One sweep: gets a fresh EntityManager and the instant to judge "due" by; returns the events it recorded. */
export type Sweep = (em: EntityManager, now: Date) => Promise<number>;

/** What a subgraph's composition root hands the runtime when the subgraph starts serving. */
export interface SubgraphComposition {
  /** Given to the constructor of every resolver class (each built once per start): `new Resolver(services)`. */
  services: object;
  /** Public routes that need the services (e.g. the accounts JWKS), served beside the definition's own. */
  publicRoutes?: Record<string, PublicRouteHandler>;
  /** Releases the services (waits for work in flight, closes connections) when the subgraph stops. */
  close?: () => Promise<void>;
}

/**
 * A public route: gets the request, the response, and the subgraph's ORM and logger, and the
 * internal-token verifier for routes only the gateway may call (e.g. the accounts revocation list).
 */
export type PublicRouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  services: { orm: MikroORM; logger: Logger; verifier: InternalTokenVerifier },
) => Promise<void>;
