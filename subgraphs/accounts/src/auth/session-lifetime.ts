import { ConfigError, envInt } from '@caregraph/kernel';
import { Role } from '../users/role';
import type { User } from '../users/user.entity';

/** How long a sign-in may last at most, however often it is refreshed. */
export interface SessionLifetimes {
  /** Clients and therapists. */
  hours: number;
  /** Admins: shorter, as an admin session can read and change other people's accounts. */
  adminHours: number;
}

/** Reads a lifetime in hours: a whole number of at least 1 (0 would end every session at once). */
function lifetimeHours(name: string, fallback: number): number {
  const hours = envInt(name, fallback);
  if (hours < 1) throw new ConfigError(`${name} must be at least 1 (hours), got "${process.env[name]}"`);
  return hours;
}

/** Reads SESSION_LIFETIME_HOURS (default 30 days) and ADMIN_SESSION_LIFETIME_HOURS (default 12). */
export function readSessionLifetimes(): SessionLifetimes {
  return { hours: lifetimeHours('SESSION_LIFETIME_HOURS', 720), adminHours: lifetimeHours('ADMIN_SESSION_LIFETIME_HOURS', 12) };
}

/** When a session that starts now must end, by the person's role; refreshing never moves it. */
export function sessionEndFor(user: User, lifetimes: SessionLifetimes, now = Date.now()): Date {
  const hours = user.role === Role.ADMIN ? lifetimes.adminHours : lifetimes.hours;
  return new Date(now + hours * 3_600_000);
}
