import type { AuthChecker } from 'type-graphql';
import { type Role, ForbiddenError, UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '../context';

/**
 * Role checks for `@Authorized()` (any signed-in caller) and `@Authorized('ADMIN', ...)`
 * (one of the roles). Row-level rules stay in the services, which get `ctx.caller`.
 */
export const authChecker: AuthChecker<SubgraphContext, Role> = ({ context }, roles) => {
  const { caller } = context;
  if (!caller.userId) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.some((role) => caller.roles.includes(role))) throw new ForbiddenError();
  return true;
};
