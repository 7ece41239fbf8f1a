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
}
