import { ForbiddenError, UnauthenticatedError, type MachineCaller } from '@caregraph/kernel';
import type { SubgraphContext } from '../context';

/**
 * The organisation system calling, when it was given `scope` (docs/adr/027). People, anonymous callers and
 * machines without the scope are refused: UNAUTHENTICATED without an API client's token, FORBIDDEN
 * naming the missing scope otherwise. What the organisation may see is still the service's rule.
 */
export function requireApiScope(ctx: SubgraphContext, scope: string): MachineCaller {
  const machine = ctx.caller.machine;
  if (!machine) throw new UnauthenticatedError('This needs an API client\'s access token (OAuth client-credentials grant at /oauth/token).');
  if (!machine.scopes.includes(scope)) throw new ForbiddenError(`This API client's token does not have the scope "${scope}". Ask your organisation's admin to give the client that scope, then request a new token.`);
  return machine;
}
