import type { ApolloClient } from '@apollo/client';
import type { GetManyReferenceParams, Identifier, UpdateManyParams, UpdateParams } from 'ra-core';
import { auditResource } from '../audit/audit-resource';
import { bookingsResource } from '../bookings/bookings-resource';
import { carePlansResource, type BrokenGlassPlan } from '../care-plans/care-plans-resource';
import { dashboardFigures, type DashboardFigures } from '../dashboard/dashboard-figures';
import { toHttpError } from '../graphql/errors';
import { usersResource } from '../users/users-resource';
import { createListingsProvider, type ListingsDataProvider } from './listings-provider';
import { notAllowed, type ResourceHandler } from './resource';

export { LISTING_STATUSES, MAX_LISTINGS, type ModerationData, type QueueRecord } from './listings-provider';

/** The data provider's own methods, beyond react-admin's. */
export interface CaregraphDataProvider extends ListingsDataProvider {
  /** The dashboard's figures: listings by status, the queue's oldest wait, bookings this week, new sign-ups. */
  dashboard(): Promise<{ data: DashboardFigures }>;
  /** A care plan's content, opened with break-glass: the reason is recorded and the client sees it. */
  openCarePlanWithBreakGlass(id: Identifier, reason: string): Promise<{ data: BrokenGlassPlan }>;
}

/**
 * react-admin's data provider for Caregraph's graph, written against its operations (no
 * introspection). Listings (`therapists`, `moderationQueue`) are listings-provider.ts; `users`,
 * `bookings`, `carePlans` and `auditLog` are one handler each. Nothing is created or deleted from the
 * dashboard; `update` runs an action (`data.action`). Errors become HttpError (toHttpError):
 * 401 signs out, 403 says admins only, 400 names the field.
 */
export function createDataProvider(client: ApolloClient): CaregraphDataProvider {
  const listings = createListingsProvider(client);
  const carePlans = carePlansResource(client);
  const handlers: Record<string, ResourceHandler> = {
    users: usersResource(client),
    bookings: bookingsResource(client),
    carePlans,
    auditLog: auditResource(client),
  };
  const run = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw toHttpError(error);
    }
  };
  const readOnly = (resource: string): never => notAllowed(`The dashboard only reads ${resource === 'auditLog' ? 'the audit log' : resource}; it cannot change it that way.`);

  return {
    ...listings,
    getList: (resource, params) => (handlers[resource] ? run(() => handlers[resource].getList(params)) : listings.getList(resource, params)) as never,
    getOne: (resource, params) => (handlers[resource] ? run(async () => ({ data: await handlers[resource].getOne(params.id) })) : listings.getOne(resource, params)) as never,
    getMany: (resource, params) =>
      (handlers[resource] ? run(async () => ({ data: await Promise.all(params.ids.map((id: Identifier) => handlers[resource].getOne(id))) })) : listings.getMany(resource, params)) as never,
    getManyReference: (resource, params: GetManyReferenceParams) => {
      const handler = handlers[resource];
      if (!handler) return listings.getManyReference(resource, params);
      return run(async () => {
        if (!handler.referenceFilter) readOnly(resource);
        return handler.getList({ pagination: params.pagination, sort: params.sort, filter: { ...params.filter, ...handler.referenceFilter!(params.target, params.id) } });
      }) as never;
    },
    update: (resource, params: UpdateParams) => {
      const handler = handlers[resource];
      if (!handler) return listings.update(resource, params);
      return run(async () => {
        if (!handler.update) readOnly(resource);
        return { data: await handler.update!(params) };
      }) as never;
    },
    updateMany: (resource, params: UpdateManyParams) => {
      const handler = handlers[resource];
      if (!handler) return listings.updateMany(resource, params);
      return run(async () => {
        if (!handler.updateMany) readOnly(resource);
        return { data: await handler.updateMany!(params) };
      }) as never;
    },
    create: async (resource) => (handlers[resource] ? readOnly(resource) : listings.create(resource, { data: {} })) as never,
    delete: async (resource, params) => (handlers[resource] ? readOnly(resource) : listings.delete(resource, params)) as never,
    deleteMany: async (resource, params) => (handlers[resource] ? readOnly(resource) : listings.deleteMany(resource, params)) as never,
    dashboard: () => run(async () => ({ data: await dashboardFigures(client) })),
    openCarePlanWithBreakGlass: (id, reason) => run(async () => ({ data: await carePlans.breakGlass(id, reason) })),
  };
}
