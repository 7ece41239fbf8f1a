import type { ApolloClient } from '@apollo/client';
import type { GetListParams } from 'ra-core';
import { notAllowed, onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ESCALATED_RISK_FLAGS } from './operations';

/**
 * The `safety` resource, read-only: risk flags escalated to the admins that nobody has acknowledged yet,
 * the one raised longest ago first. Ids and times only; each row leads to its care plan's screen.
 */
export function safetyHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const { offset, limit } = offsetWindow(params);
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ESCALATED_RISK_FLAGS, variables: { offset: o, limit: l }, fetchPolicy: 'network-only' });
        return data!.escalatedRiskFlags;
      });
      return { data: items, total };
    },

    getOne: async () => notAllowed('Escalated risk flags are shown in the safety list; open the care plan for more.'),

    readOnlyMessage: onlyReads('the safety list'),
  };
}
