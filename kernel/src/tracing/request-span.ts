import { trace } from '@opentelemetry/api';

/**
 * Puts the request id on the server span of the request being handled (`caregraph.request_id`),
 * so a trace is found from the id support is given. Nothing happens while tracing is off.
 */
export function tagRequestSpan(requestId: string): void {
  trace.getActiveSpan()?.setAttribute('caregraph.request_id', requestId);
}
