/**
 * The platform roles (docs/architecture.md#authorization). SYSTEM is no person: it is the platform acting on
 * its own behalf (e.g. accounts erasing a deleted user's data in the other subgraphs); only
 * accounts, which holds the token signing key, can mint a token carrying it.
 */
export type Role = 'CLIENT' | 'THERAPIST' | 'ADMIN' | 'SYSTEM';

/** Every role, for checking roles read from tokens. */
export const ROLES: ReadonlySet<string> = new Set<Role>(['CLIENT', 'THERAPIST', 'ADMIN', 'SYSTEM']);

/** The user id the SYSTEM principal carries in tokens (no person has it). */
export const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000000';

/** Who is asking. Anonymous until the gateway's identity reaches the subgraph. */
export interface Caller {
  userId: string | null;
  roles: Role[];
  /** Set only for an organisation's system (then `userId` is null and `roles` empty). */
  machine?: MachineCaller;
}

/**
 * An organisation's system calling with an OAuth client-credentials token (docs/adr/027). Never a
 * person: its caller has no `userId` and no role, so nothing a person may do is open to it; only
 * fields that ask for one of its `scopes` answer it, and only about its own organisation.
 */
export interface MachineCaller {
  /** The API client's id (the token's `sub`). */
  clientId: string;
  /** The organisation the client belongs to. */
  organisationId: string;
  /** What the organisation has given this client, e.g. `referrals:write`. */
  scopes: string[];
}

/** Whom a request counts against (rate limits, budgets): the person, the organisation's system, or null when anonymous. */
export function principalIdOf(caller: Caller): string | null {
  return caller.machine?.clientId ?? caller.userId;
}
