import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A booking as the stand-in answers `booking(id)`. */
export interface StandInBooking {
  status: string;
  startsAt: string;
  clientId: string;
  therapistId: string;
}

/**
 * The rest of the graph as care-plans asks it (through the gateway): who the calling therapist is and
 * whether they have a care relationship with a client, bookings by id, and whether a client consents to the
 * processing of their health data. A real HTTP server answering
 * care-plans' operations from the maps a test fills; it reads the caller from the forwarded internal
 * token's subject (the real gateway verifies it; the subgraph tests verify that token elsewhere).
 */
export class GraphStandIn {
  /** therapist user id → their listing id and the clients they have a care relationship with. */
  readonly therapists = new Map<string, { listingId: string; clients: Set<string> }>();
  readonly bookings = new Map<string, StandInBooking>();
  /** Clients who have withdrawn (or never given) consent to process their health data; everyone else has given it. */
  readonly withoutConsent = new Set<string>();
  /** Operation names received, in order. */
  readonly received: string[] = [];
  private server?: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
        const caller = subjectOf(req.headers['x-caregraph-delegation']);
        const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
        this.received.push(operation);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: this.answer(operation, variables, caller) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(operation: string, variables: Record<string, string>, caller: string | null): unknown {
    if (operation === 'CarePlansCareRelationship') {
      const therapist = caller ? this.therapists.get(caller) : undefined;
      return {
        me: caller
          ? { id: caller, therapistProfile: therapist ? { id: therapist.listingId, hasCareRelationshipWith: therapist.clients.has(variables.clientId) } : null }
          : null,
      };
    }
    if (operation === 'HealthDataConsent') {
      return { healthDataConsent: { hasHealthDataConsent: !this.withoutConsent.has(variables.clientId) } };
    }
    if (operation === 'CarePlansReviewBooking') {
      const booking = this.bookings.get(variables.id);
      return {
        booking: booking
          ? { id: variables.id, status: booking.status, startsAt: booking.startsAt, client: { id: booking.clientId }, therapist: { id: booking.therapistId } }
          : null,
      };
    }
    return null;
  }
}

/**
 * The `sub` claim of the delegation token a subgraph sends back, without verifying it (see the class
 * comment); like the gateway, nothing but a token for the gateway's audience stands for a caller.
 */
function subjectOf(delegation: string | string[] | undefined): string | null {
  const payload = typeof delegation === 'string' ? delegation.split('.')[1] : undefined;
  if (!payload) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string; aud?: string };
  return claims.aud === 'gateway' ? (claims.sub ?? null) : null;
}
