// What the gateway, the subgraphs and any other Caregraph service share. No domain, no ORM,
// no type-graphql: tracing has its own entry (`@caregraph/kernel/tracing`) since it must load first, and
// mail its own (`@caregraph/kernel/mail`) since only accounts and the delivery worker send any.
export * from './config';
export * from './shared-state';
export * from './bounded-map';
export * from './own-folder';
export * from './logger';
export * from './request-logging';
export * from './errors';
export * from './auth/caller';
export * from './auth/caller-claims';
export * from './auth/internal-token';
export * from './auth/delegation-token';
export * from './auth/token-cache';
export * from './auth/key-material';
export * from './crypto/secret-cipher';
export * from './crypto/webhook-secret-cipher';
export * from './http/graphql-handler';
export * from './http/public-read-purge';
export * from './http/deadline';
export * from './http/graceful-server';
export * from './http/read-body';
export * from './http/local-address';
export * from './http/request-id';
export * from './http/readiness-monitor';
export * from './http/ops-server';
export * from './limits';
export * from './metrics';
// The OpenTelemetry API only (no SDK, no patching): safe to load from here.
export * from './tracing/request-span';
