import type { ApolloClient } from '@apollo/client';
import type { GetListParams } from 'ra-core';
import { HttpError } from 'ra-core';
import type { ReferralStatus } from '../gql/graphql';
import { checkedId } from '../resource-kit/checks';
import { onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ADMIN_REFERRALS } from './operations';

export const REFERRAL_STATUSES: ReferralStatus[] = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'BOOKED', 'DISCHARGED', 'WITHDRAWN'];

/** Filters of the referrals screen: the organisation that referred, and the states. */
export interface ReferralFilter {
  organisationId?: string;
  status?: string | string[];
}

/**
 * The `referrals` resource, read-only: referrals newest first, by organisation and state. States only; the
 * person, the reason and the conditions are not the dashboard's to show (the graph refuses them to admins).
 */
export function referralsHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const filter = (params.filter ?? {}) as ReferralFilter;
      const statuses = ([] as string[]).concat(filter.status ?? []).filter((s): s is ReferralStatus => (REFERRAL_STATUSES as string[]).includes(s));
      const organisationId = checkedId('organisationId', filter.organisationId, 'Organisation');
      const { offset, limit } = offsetWindow(params);
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_REFERRALS, variables: { organisationId, statuses: statuses.length ? statuses : undefined, offset: o, limit: l }, fetchPolicy: 'network-only' });
        return data!.adminReferrals;
      });
      return { data: items, total };
    },

    async getOne() {
      throw new HttpError('Referrals are listed by organisation; there is no page for one.', 404, { code: 'NOT_FOUND' });
    },

    referenceFilter: (target, id) => ({ [target]: id }),

    readOnlyMessage: onlyReads('referrals'),
  };
}
