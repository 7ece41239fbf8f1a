import pino, { type Logger } from 'pino';

/** Keys whose values must never reach a log line: credentials and personal data. */
const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'accessToken',
  'refreshToken',
  '*.accessToken',
  '*.refreshToken',
  'req.headers.authorization',
  'headers.authorization',
  'variables',
  '*.variables',
];

/** Creates the JSON logger for one service. Level from LOG_LEVEL (default info, silent in tests). */
export function createLogger(service: string): Logger {
  // An empty LOG_LEVEL counts as unset, like every other variable.
  const level = process.env.LOG_LEVEL || (process.env.JEST_WORKER_ID ? 'silent' : 'info');
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
