import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { errorCodeLabel, INVALID_OPERATION, type ServiceMetrics } from './service-metrics';

/**
 * Records every GraphQL request: its count and duration by operation name, and the errors of
 * its response by catalogue code. Requests that never parse or validate count as `invalid`.
 */
export function metricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          const label = operation ? metrics.operationLabel(operation.name?.value) : INVALID_OPERATION;
          metrics.graphqlRequests.inc({ operation: label });
          metrics.graphqlDuration.observe({ operation: label }, (performance.now() - started) / 1000);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) metrics.graphqlErrors.inc({ operation: label, code: errorCodeLabel(error.extensions?.code) });
        },
      };
    },
  };
}
