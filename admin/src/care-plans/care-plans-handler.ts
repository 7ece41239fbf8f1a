import type { ApolloClient } from '@apollo/client';
import type { GetListParams, Identifier } from 'ra-core';
import { HttpError } from 'ra-core';
import type { AdminOpenCarePlanWithBreakGlassMutation, CarePlanStatus, CarePlanStatusViewFragment } from '../gql/graphql';
import { toHttpError } from '../graphql/errors';
import { checkedId } from '../resource-kit/checks';
import { badInput, onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ADMIN_CARE_PLAN, ADMIN_CARE_PLANS, OPEN_CARE_PLAN_WITH_BREAK_GLASS } from './operations';

export const CARE_PLAN_STATUSES: CarePlanStatus[] = ['DRAFT', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];

/** A care plan's content, as break-glass shows it. */
export type BrokenGlassPlan = AdminOpenCarePlanWithBreakGlassMutation['openCarePlanWithBreakGlass'];

/** The length care-plans asks of a break-glass reason. */
export const BREAK_GLASS_REASON = { min: 10, max: 1000 } as const;

/** The data provider's own care-plan method. */
export interface CarePlanMethods {
  /** A care plan's content, opened with break-glass: the reason is recorded and the client sees it. */
  openCarePlanWithBreakGlass(id: Identifier, reason: string): Promise<{ data: BrokenGlassPlan }>;
}

/**
 * The `carePlans` resource, read-only: that a plan exists, its status and whose it is (filters
 * `status`, `therapistId`, `clientId`); its content only through break-glass (carePlanMethods).
 */
export function carePlansHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const filter = params.filter ?? {};
      if (filter.status && !CARE_PLAN_STATUSES.includes(filter.status)) badInput('status', 'Choose one of the care-plan statuses.');
      const variables = { status: filter.status || undefined, therapistId: checkedId('therapistId', filter.therapistId, 'Therapist'), clientId: checkedId('clientId', filter.clientId, 'Client') };
      const { offset, limit } = offsetWindow(params);
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_CARE_PLANS, variables: { ...variables, offset: o, limit: l } });
        return data!.adminCarePlans;
      });
      return { data: items, total };
    },

    async getOne(id: Identifier): Promise<CarePlanStatusViewFragment> {
      const { data } = await client.query({ query: ADMIN_CARE_PLAN, variables: { id: String(id) } });
      if (!data?.carePlan) throw new HttpError('There is no care plan with this id.', 404, { code: 'NOT_FOUND' });
      return data.carePlan;
    },

    referenceFilter: (target, id) => {
      if (target !== 'clientId' && target !== 'therapistId') badInput(target, `Care plans can be listed by client or therapist, not by ${target}.`);
      return { [target]: id };
    },

    readOnlyMessage: onlyReads('carePlans'),
  };
}

/**
 * Opening a plan's content with break-glass, which care-plans records with the reason (and the
 * client sees in their access log). The reason is required (10–1000 characters). Never cached.
 */
export function carePlanMethods(client: ApolloClient): CarePlanMethods {
  return {
    async openCarePlanWithBreakGlass(id, given) {
      const reason = typeof given === 'string' ? given.trim() : '';
      if (reason.length < BREAK_GLASS_REASON.min) badInput('reason', `Reason: at least ${BREAK_GLASS_REASON.min} characters, saying why the client's safety or the law requires this.`);
      if (reason.length > BREAK_GLASS_REASON.max) badInput('reason', `Reason: at most ${BREAK_GLASS_REASON.max} characters, please.`);
      try {
        const { data } = await client.mutate({ mutation: OPEN_CARE_PLAN_WITH_BREAK_GLASS, variables: { id: String(id), reason } });
        return { data: data!.openCarePlanWithBreakGlass };
      } catch (error) {
        throw toHttpError(error, { CONFLICT: null });
      }
    },
  };
}
