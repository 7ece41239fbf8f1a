import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { LoginLimits } from '../config';
import { hashSecretToken } from '../one-time-tokens/secret-token';
import type { LimiterStore } from './login-limiters';
import { RateLimitedError } from './rate-limited.error';

/** One sign-in attempt let through by the guard: report how the password check went. */
export interface LoginAttempt {
  /** The password was right: the account's failures are forgotten. */
  succeeded(): Promise<void>;
  /**
   * This step was right but the sign-in is not complete (a second factor is still due): the
   * attempt is un-counted, earlier failures stay, so a known password does not reset the
   * count of wrong codes.
   */
  passedStep(): Promise<void>;
  /** The password was wrong: starts a back-off, or a lock, when due. */
  failed(): Promise<void>;
}

/**
 * Brute-force protection for `login` (OWASP Authentication Cheat Sheet):
 * - failures are counted per account (the email as typed, whether or not an account has it,
 *   so the answers never tell which addresses exist) and per client IP;
 * - from the `backoffAfter`th failure on, the next attempt must wait, twice as long each time;
 *   an attempt made too early is refused with RATE_LIMITED and counts as a failure too;
 * - the `lockAfter`th failure locks the account for `lockSeconds`;
 * - `ipMaxFailures` failures from one address (any accounts) refuse that address for `lockSeconds`.
 * Each attempt is counted BEFORE its password is checked and un-counted if it succeeds, so
 * parallel requests cannot slip more than `lockAfter` guesses past the counters. Every call
 * of `login` goes through here, so aliased copies in one request all count; so does every
 * check of a second-factor code (src/mfa/guarded-code-check.ts), on the same counters.
 */
export class LoginGuard {
  private readonly failures: RateLimiterAbstract;
  private readonly backoff: RateLimiterAbstract;
  private readonly lock: RateLimiterAbstract;
  private readonly ipFailures: RateLimiterAbstract;
  private readonly ipBlock: RateLimiterAbstract;

  constructor(
    private readonly limits: LoginLimits,
    store: LimiterStore,
  ) {
    // `failures` and `ipFailures` count; the others only hold blocks (block/get/delete).
    this.failures = store.create('login-failures', limits.lockAfter, limits.failureWindowSeconds);
    this.backoff = store.create('login-backoff', 1, 1);
    this.lock = store.create('login-lock', 1, 1);
    this.ipFailures = store.create('login-ip-failures', limits.ipMaxFailures, limits.failureWindowSeconds);
    this.ipBlock = store.create('login-ip-block', 1, 1);
  }

  /**
   * Counts an attempt for `email` from `ip` and lets it through, or throws RateLimitedError
   * when the account is locked, the address is refused, or the account is waiting out a
   * back-off (the early attempt counts as a failure).
   */
  async begin(email: string, ip: string | null): Promise<LoginAttempt> {
    const account = accountKey(email);
    const [locked, ipBlocked, backingOff] = await Promise.all([
      this.lock.get(account),
      ip ? this.ipBlock.get(ip) : null,
      this.backoff.get(account),
    ]);
    if (isBlocked(locked)) throw lockedError(locked.msBeforeNext / 1000);
    if (isBlocked(ipBlocked)) throw ipRefusedError(ipBlocked.msBeforeNext / 1000);

    const [count, ipCount] = await Promise.all([this.failures.penalty(account), ip ? this.ipFailures.penalty(ip) : null]);
    if (isBlocked(backingOff) || count.consumedPoints > this.limits.lockAfter) {
      // Too early after a failure, or past the limit in a burst of parallel requests.
      const outcome = await this.escalate(account, count.consumedPoints, ip, ipCount);
      if (outcome.lockedFor) throw lockedError(outcome.lockedFor);
      const wait = outcome.backoffFor ?? (backingOff?.msBeforeNext ?? 1000) / 1000;
      throw new RateLimitedError(`Too many failed sign-in attempts. Please wait ${Math.ceil(wait)} seconds before trying again.`, wait);
    }
    if (ip && ipCount && ipCount.consumedPoints > this.limits.ipMaxFailures) {
      await this.blockIp(ip, ipCount.consumedPoints);
      throw ipRefusedError(this.limits.lockSeconds);
    }
    return {
      succeeded: async () => {
        await Promise.all([this.failures.delete(account), this.backoff.delete(account), ip ? this.ipFailures.reward(ip, 1) : null]);
      },
      passedStep: async () => {
        await Promise.all([this.failures.reward(account, 1), ip ? this.ipFailures.reward(ip, 1) : null]);
      },
      failed: async () => {
        await this.escalate(account, count.consumedPoints, ip, ipCount);
      },
    };
  }

  /** Forgets the account's failures and lifts its back-off and lock (after a password reset). */
  async clear(email: string): Promise<void> {
    const account = accountKey(email);
    await Promise.all([this.failures.delete(account), this.backoff.delete(account), this.lock.delete(account)]);
  }

  /** Applies what the failure counts call for: a back-off, a lock, a refused address. */
  private async escalate(
    account: string,
    failures: number,
    ip: string | null,
    ipCount: RateLimiterRes | null,
  ): Promise<{ backoffFor?: number; lockedFor?: number }> {
    if (ip && ipCount && ipCount.consumedPoints >= this.limits.ipMaxFailures) await this.blockIp(ip, ipCount.consumedPoints);
    if (failures >= this.limits.lockAfter) {
      // The count expires with the lock: afterwards the account starts afresh, while attempts
      // racing the lock still see a count past the limit.
      await Promise.all([
        this.lock.block(account, this.limits.lockSeconds),
        this.failures.set(account, failures, this.limits.lockSeconds),
        this.backoff.delete(account),
      ]);
      return { lockedFor: this.limits.lockSeconds };
    }
    if (failures >= this.limits.backoffAfter) {
      const seconds = Math.max(1, Math.min(this.limits.backoffBaseSeconds * 2 ** (failures - this.limits.backoffAfter), this.limits.lockSeconds));
      await this.backoff.block(account, seconds);
      return { backoffFor: seconds };
    }
    return {};
  }

  private async blockIp(ip: string, failures: number): Promise<void> {
    await Promise.all([this.ipBlock.block(ip, this.limits.lockSeconds), this.ipFailures.set(ip, failures, this.limits.lockSeconds)]);
  }
}

/** Counters are keyed by a hash of the lower-cased email: no addresses in Redis. */
function accountKey(email: string): string {
  return hashSecretToken(email.trim().toLowerCase()).slice(0, 32);
}

/** Block-only limiters have one point; a block sets the count past it until it expires. */
function isBlocked(res: RateLimiterRes | null): res is RateLimiterRes {
  return res !== null && res.consumedPoints > 1 && res.msBeforeNext > 0;
}

function lockedError(seconds: number): RateLimitedError {
  return new RateLimitedError(
    `Too many failed sign-in attempts: signing in with this email address is paused for ${minutes(seconds)}. You can reset your password to sign in sooner.`,
    seconds,
  );
}

function ipRefusedError(seconds: number): RateLimitedError {
  return new RateLimitedError(`Too many failed sign-in attempts from your network. Please try again in ${minutes(seconds)}.`, seconds);
}

function minutes(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds / 60));
  return whole === 1 ? '1 minute' : `${whole} minutes`;
}
