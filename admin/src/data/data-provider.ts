import type { ApolloClient } from '@apollo/client';
import type { DataProvider, Identifier } from 'ra-core';
import { HttpError } from 'ra-core';
import { auditLogHandler } from '../audit/audit-handler';
import { bookingsHandler } from '../bookings/bookings-handler';
import { carePlanMethods, carePlansHandler, type CarePlanMethods } from '../care-plans/care-plans-handler';
import { dashboardMethods, type DashboardMethods } from '../dashboard/dashboard-figures';
import { deliveriesHandler } from '../deliveries/deliveries-handler';
import { toHttpError } from '../graphql/errors';
import { moderationQueueHandler } from '../moderation-queue/queue-handler';
import { notAllowed, type ResourceHandler } from '../resource-kit/handler';
import { organisationMethods, organisationsHandler, type OrganisationMethods } from '../organisations/organisations-handler';
import { webhookDeliveriesHandler, webhookEndpointsHandler } from '../organisations/webhooks-handler';
import { referralsHandler } from '../referrals/referrals-handler';
import { safetyHandler } from '../safety/safety-handler';
import { listingsHandler } from '../therapists/listings-handler';
import { moderationMethods, type ModerationMethods } from '../therapists/moderation-steps';
import { usersHandler } from '../users/users-handler';

/** react-admin's data provider with Caregraph's own methods (`moderate`, `openCarePlanWithBreakGlass`, `dashboard`, `createApiClient`). */
export type CaregraphDataProvider = DataProvider & ModerationMethods & CarePlanMethods & DashboardMethods & OrganisationMethods;

/** Each resource's handler, by the name its `<Resource>` has. */
function handlers(client: ApolloClient): Record<string, ResourceHandler> {
  return {
    therapists: listingsHandler(client),
    moderationQueue: moderationQueueHandler(client),
    users: usersHandler(client),
    bookings: bookingsHandler(client),
    carePlans: carePlansHandler(client),
    auditLog: auditLogHandler(client),
    deliveries: deliveriesHandler(client),
    safety: safetyHandler(client),
    organisations: organisationsHandler(client),
    referrals: referralsHandler(client),
    webhookEndpoints: webhookEndpointsHandler(client),
    webhookDeliveries: webhookDeliveriesHandler(client),
  };
}

/** Whatever a handler or method threw, as react-admin's HttpError. */
async function run<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toHttpError(error);
  }
}

/** A folder's own provider methods with every error turned into HttpError. */
function guarded<M extends object>(methods: M): M {
  const entries = Object.entries(methods) as [string, (...args: unknown[]) => Promise<unknown>][];
  return Object.fromEntries(entries.map(([name, method]) => [name, (...args: unknown[]) => run(() => method(...args))])) as M;
}

/**
 * react-admin's data provider for Caregraph's graph, written against its operations (no
 * introspection). It only finds the resource's handler (in the resource's folder) by name and calls
 * it, and adds the folders' own methods. Only organisations are created from the dashboard, and nothing is deleted; `update`
 * runs an action (`data.action`).
 * Errors become HttpError (toHttpError): 401 signs out, 403 says admins only, 400 names the field.
 */
export function createDataProvider(client: ApolloClient): CaregraphDataProvider {
  const byName = handlers(client);
  const on = <T>(resource: string, call: (handler: ResourceHandler) => Promise<T>): Promise<never> =>
    run(() => {
      const handler = byName[resource];
      if (!handler) throw new HttpError(`The dashboard has no “${resource}” screen.`, 404, { code: 'NOT_FOUND' });
      return call(handler);
    }) as Promise<never>;

  return {
    getList: (resource, params) => on(resource, (h) => h.getList(params)),
    getOne: (resource, params) => on(resource, async (h) => ({ data: await h.getOne(params.id) })),
    getMany: (resource, params) => on(resource, async (h) => ({ data: await Promise.all(params.ids.map((id: Identifier) => h.getOne(id))) })),
    getManyReference: (resource, params) =>
      on(resource, async (h) => {
        if (h.getManyReference) return h.getManyReference(params);
        if (!h.referenceFilter) notAllowed(h.readOnlyMessage);
        return h.getList({ pagination: params.pagination, sort: params.sort, filter: { ...params.filter, ...h.referenceFilter(params.target, params.id) } });
      }),
    update: (resource, params) =>
      on(resource, async (h) => {
        if (!h.update) notAllowed(h.readOnlyMessage);
        return { data: await h.update(params) };
      }),
    updateMany: (resource, params) =>
      on(resource, async (h) => {
        if (!h.updateMany) notAllowed(h.readOnlyMessage);
        return { data: await h.updateMany(params) };
      }),
    create: (resource, params) =>
      on(resource, async (h) => {
        if (!h.create) notAllowed(h.readOnlyMessage);
        return { data: await h.create(params) };
      }),
    delete: (resource) => on(resource, async (h) => notAllowed(h.readOnlyMessage)),
    deleteMany: (resource) => on(resource, async (h) => notAllowed(h.readOnlyMessage)),
    ...guarded(moderationMethods(client)),
    ...guarded(carePlanMethods(client)),
    ...guarded(dashboardMethods(client)),
    ...guarded(organisationMethods(client)),
  };
}
