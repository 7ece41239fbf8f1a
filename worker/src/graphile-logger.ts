import type { Logger as PinoLogger } from '@caregraph/kernel';
import { Logger } from 'graphile-worker';

/**
 * graphile-worker's log lines through the worker's JSON logger. Its lines name tasks and job ids; a
 * failing job's line carries the error's message, which the tasks keep free of personal data.
 */
export function graphileLogger(logger: PinoLogger): Logger {
  return new Logger((scope) => (level, message) => {
    const fields = { taskIdentifier: scope.taskIdentifier, jobId: scope.jobId };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else if (level === 'info') logger.debug(fields, message); // one line per job: too many for info
    else logger.trace(fields, message);
  });
}
