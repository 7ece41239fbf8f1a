import { createInternalTokenVerifier, type Caller, type InternalTokenVerifier } from '@caregraph/kernel';
import { GraphQLError } from 'graphql';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { decodeJwt } from 'jose';
import { SUBGRAPHS } from './subgraphs';

/** Issuer of the internal tokens this gateway signs (the kernel's INTERNAL_TOKEN_ISSUER). */
const INTERNAL_ISSUER = 'caregraph-gateway';
/**
 * A subgraph may ask the graph on a caller's behalf, and the subgraph answering that may ask
 * once more (care-plans asks bookings, which asks therapists who the caller is), but no further:
 * two hops, so no subgraph can set off a loop of calls through the gateway (docs/adr/012).
 */
export const MAX_DELEGATION_DEPTH = 2;

/** Who is asking, and how many subgraph hops away from the client the request is. */
export interface Identity {
  caller: Caller;
  depth: number;
}

/** Recognises and checks internal tokens that subgraphs send back when they ask the graph (docs/adr/009). */
export interface DelegationVerifier {
  /** True when `token` claims to be one of this gateway's internal tokens (checked by `verify`). */
  isDelegation(token: string): boolean;
  verify(token: string): Promise<Identity>;
}

/** Builds the check from the gateway's own signing key: only tokens it signed, for one of its subgraphs, pass. */
export async function createDelegationVerifier(internalTokenPrivateKey: string): Promise<DelegationVerifier> {
  const publicPem = createPublicKey(createPrivateKey(internalTokenPrivateKey)).export({ type: 'spki', format: 'pem' }).toString();
  const verifier: InternalTokenVerifier = await createInternalTokenVerifier(publicPem, SUBGRAPHS.map((s) => s.name));
  return {
    isDelegation(token) {
      try {
        return decodeJwt(token).iss === INTERNAL_ISSUER;
      } catch {
        return false;
      }
    },
    async verify(token) {
      let identity;
      try {
        identity = await verifier.verify(`Bearer ${token}`);
      } catch {
        throw new GraphQLError('The service token is not valid.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      const depth = identity.depth + 1;
      if (depth > MAX_DELEGATION_DEPTH) {
        throw new GraphQLError('A request made on someone\'s behalf cannot ask the graph again.', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
      return { caller: identity.caller, depth };
    },
  };
}
