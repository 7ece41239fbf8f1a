import { createDelegationTokenVerifier, INTERNAL_TOKEN_ISSUER, type Caller, type Delegation } from '@caregraph/kernel';
import { GraphQLError } from 'graphql';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { decodeJwt } from 'jose';
import { SUBGRAPHS } from './subgraphs';

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
  /** Set when a subgraph asks on the caller's behalf: the verified delegation. */
  delegation?: Delegation;
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Checks the delegation tokens subgraphs send back when they ask the graph (docs/adr/009). */
export interface DelegationVerifier {
  /**
   * True when a bearer token is one this gateway signed (an internal token for a subgraph, or a
   * delegation token): such a token is never a user's, and is refused as one (`refuseAsBearer`).
   */
  isGatewaySigned(token: string): boolean;
  /** The UNAUTHENTICATED refusal for a gateway-signed token sent as `Authorization: Bearer`. */
  refuseAsBearer(token: string): GraphQLError;
  /** Verifies an `x-caregraph-delegation` token; UNAUTHENTICATED or FORBIDDEN (too deep) otherwise. */
  verify(token: string): Promise<Identity>;
}

/** Builds the check from the gateway's own signing key: only delegation tokens it signed, for one of its subgraphs, pass. */
export async function createDelegationVerifier(internalTokenPrivateKey: string): Promise<DelegationVerifier> {
  const publicPem = createPublicKey(createPrivateKey(internalTokenPrivateKey)).export({ type: 'spki', format: 'pem' }).toString();
  const verifier = await createDelegationTokenVerifier(publicPem, SUBGRAPHS.map((s) => s.name));
  return {
    isGatewaySigned(token) {
      try {
        return decodeJwt(token).iss === INTERNAL_TOKEN_ISSUER;
      } catch {
        return false;
      }
    },
    refuseAsBearer(token) {
      const audience = decodeJwt(token).aud;
      return audience === 'gateway'
        ? unauthenticated(`A delegation token is not a user token: a subgraph sends it in the x-caregraph-delegation header, not as a bearer token.`)
        : unauthenticated(`A token the gateway signed for a subgraph (audience ${JSON.stringify(audience)}) is not accepted at the gateway.`);
    },
    async verify(token) {
      let delegation: Delegation;
      try {
        delegation = await verifier.verify(token);
      } catch (error) {
        // A token captured at a subgraph (audience = that subgraph) fails here on its audience.
        const code = (error as { code?: string }).code;
        const why =
          code === 'ERR_JWT_EXPIRED' ? 'it has expired'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' ? `its ${(error as { claim?: string }).claim ?? 'claims'} claim is not one the gateway accepts`
          : 'it is not a delegation token this gateway signed';
        throw unauthenticated(`The delegation token is not valid: ${why}.`);
      }
      if (delegation.depth > MAX_DELEGATION_DEPTH) {
        throw new GraphQLError('A request made on someone\'s behalf cannot ask the graph again.', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
      return { caller: delegation.caller, depth: delegation.depth, delegation };
    },
  };
}
