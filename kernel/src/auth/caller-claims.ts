import { ROLES, type Caller, type MachineCaller, type Role } from './caller';

/**
 * How a caller travels inside the tokens the gateway signs (internal and delegation tokens): `sub` and
 * `roles` for a person, `mch` for an organisation's system. One reader and one writer, so the two token
 * kinds cannot drift apart.
 */
export interface CallerClaims {
  roles: Role[];
  mch?: { cid: string; org: string; scp: string[] };
}

/** The claims (besides `sub`, which the signer sets from `caller.userId`) that carry `caller`. */
export function callerClaims(caller: Caller): CallerClaims {
  return caller.machine
    ? { roles: [], mch: { cid: caller.machine.clientId, org: caller.machine.organisationId, scp: [...caller.machine.scopes] } }
    : { roles: caller.roles };
}

function machineOf(claim: unknown): MachineCaller | undefined {
  if (!claim || typeof claim !== 'object') return undefined;
  const { cid, org, scp } = claim as Record<string, unknown>;
  if (typeof cid !== 'string' || typeof org !== 'string' || !Array.isArray(scp)) return undefined;
  return { clientId: cid, organisationId: org, scopes: scp.filter((scope): scope is string => typeof scope === 'string') };
}

/** The caller a verified token's payload describes; unknown roles are dropped, a machine is never a person. */
export function callerFromClaims(payload: Record<string, unknown>): Caller {
  const machine = machineOf(payload.mch);
  if (machine) return { userId: null, roles: [], machine };
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.has(r as string)) : [];
  return { userId: typeof payload.sub === 'string' ? payload.sub : null, roles };
}

/** A key naming the caller for caches of signed tokens: two callers never share one. */
export function callerKey(caller: Caller): string {
  return caller.machine
    ? `machine:${caller.machine.clientId}:${caller.machine.organisationId}:${[...caller.machine.scopes].sort().join(' ')}`
    : `${caller.userId ?? ''}\n${caller.roles.join(',')}`;
}
