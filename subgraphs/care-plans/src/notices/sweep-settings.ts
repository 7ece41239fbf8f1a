import { ConfigError, envInt } from '@caregraph/kernel';

/**
 * How long a risk flag may stay unacknowledged before every admin is told (RISK_FLAG_ESCALATION_HOURS,
 * default 24, 1 to 168), read on each sweep.
 */
export function riskFlagEscalationHours(): number {
  const hours = envInt('RISK_FLAG_ESCALATION_HOURS', 24);
  if (hours < 1 || hours > 168) throw new ConfigError(`RISK_FLAG_ESCALATION_HOURS must be 1 to 168, got ${hours}`);
  return hours;
}

/** How many days ahead of a plan's review date its therapist is told it is due (REVIEW_DUE_NOTICE_DAYS, default 3, 0 to 28). */
export function reviewDueNoticeDays(): number {
  const days = envInt('REVIEW_DUE_NOTICE_DAYS', 3);
  if (days > 28) throw new ConfigError(`REVIEW_DUE_NOTICE_DAYS must be 0 to 28, got ${days}`);
  return days;
}

/** Rows one sweep transaction claims. */
export const SWEEP_BATCH_SIZE = 200;
