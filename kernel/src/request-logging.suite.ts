// What the per-request log says of a request's errors: an unexpected failure in full (kind, message,
// stack), a request stopped at its deadline or left by its caller in one quiet line.
import { GraphQLError } from 'graphql';
import { RequestStoppedError } from './http/deadline';
import type { Logger } from './logger';
import { requestLoggingPlugin } from './request-logging';

function recorder() {
  const lines: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields, message });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } as unknown as Logger };
}

async function logErrors(errors: GraphQLError[]) {
  const { lines, logger } = recorder();
  const plugin = requestLoggingPlugin(logger);
  const listener = await plugin.requestDidStart!({ contextValue: { logger } } as never);
  await listener!.didEncounterErrors!({ errors } as never);
  return lines;
}

it('logs an unexpected resolver failure as an error, with its stack', async () => {
  const lines = await logErrors([new GraphQLError('boom', { path: ['therapist'], originalError: new Error('boom') })]);
  expect(lines).toEqual([{ level: 'error', message: 'resolver failed', fields: { path: ['therapist'], err: expect.objectContaining({ kind: 'Error', stack: expect.any(String) }) } }]);
});

it('logs a request stopped at its deadline, or left by its caller, as one info line without a stack', async () => {
  const lines = await logErrors([
    new GraphQLError('x', { path: ['searchTherapists'], originalError: new RequestStoppedError('caller gone') }),
    new GraphQLError('y', { path: ['me'], originalError: new RequestStoppedError('deadline') }),
  ]);
  expect(lines).toEqual([
    { level: 'info', message: 'request stopped', fields: { reason: 'caller gone', path: ['searchTherapists'] } },
    { level: 'info', message: 'request stopped', fields: { reason: 'deadline', path: ['me'] } },
  ]);
});
