// For tests that need an organisation's webhook events on a running platform: the demo practice's system
// (its seeded API client, with events:manage) subscribes an endpoint through the graph, and a referral of
// its is accepted by a demo therapist, which is one `referral.accepted` event (docs/adr/030).
import { DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET, DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

async function graph<T>(gatewayUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (answer.errors?.length) throw new Error(`the graph refused: ${answer.errors.map((e) => e.message).join('; ')}`);
  return answer.data!;
}

/** A token of the demo practice's system: with `scope` (space-separated), only those; without, all its scopes (events:manage among them). */
export async function demoPracticeToken(gatewayUrl: string, scope?: string): Promise<string> {
  const response = await fetch(new URL('/oauth/token', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${DEMO_API_CLIENT_ID}:${DEMO_API_CLIENT_SECRET}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
  });
  if (response.status !== 200) throw new Error(`the demo practice got no token: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The demo practice's system subscribes `url` to `eventTypes`; answers the endpoint's id (its secret is not needed here). */
export async function subscribeDemoPractice(gatewayUrl: string, token: string, url: string, eventTypes: string[], description?: string): Promise<string> {
  const data = await graph<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
    gatewayUrl,
    'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
    { input: { url, eventTypes, description } },
    token,
  );
  return data.createWebhookEndpoint.endpoint.id;
}

/**
 * The demo practice refers demo client number `client` (made-up details beside the demo address) to an
 * approved demo therapist, who accepts: a `referral.accepted` event for the practice. Answers the referral's id.
 */
export async function referAndAccept(gatewayUrl: string, token: string, client: number): Promise<string> {
  const roster = demoRoster();
  const therapist = roster.therapists.find((t) => t.status === 'APPROVED')!;
  const therapistEmail = roster.users.find((u) => u.id === therapist.userId)!.email;
  const { submitReferral } = await graph<{ submitReferral: { id: string } }>(
    gatewayUrl,
    'mutation($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }',
    {
      key: randomBytes(8).toString('hex'),
      input: {
        therapistId: therapist.id,
        person: { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1990-01-01', email: `client${String(client).padStart(2, '0')}@caregraph.example` },
        reason: 'Low mood after a period off work.',
        conditions: ['ANXIETY'],
        urgency: 'ROUTINE',
        fundingRoute: 'NHS',
        referrerName: 'Dr A. Example',
        personConsented: true,
      },
    },
    token,
  );
  const { login } = await graph<{ login: { accessToken: string } }>(gatewayUrl, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: therapistEmail, password: DEMO_PASSWORD } });
  await graph(gatewayUrl, 'mutation($id: ID!) { acceptReferral(referralId: $id) { status } }', { id: submitReferral.id }, login.accessToken);
  return submitReferral.id;
}

/** A local endpoint for the demo practice's webhooks: it notes each request's webhook-id and answers one status. */
export interface WebhookReceiver {
  /** The receiver's address with `path`, to subscribe. */
  url(path: string): string;
  /** Each request's webhook-id, in the order they came. */
  heard: string[];
  /** How long it waits before answering; a test may change it while the receiver runs. */
  delayMs: number;
  close(): Promise<void>;
}

/** Starts a receiver on a free local port that answers every request with `status`. */
export async function startWebhookReceiver(status: number): Promise<WebhookReceiver> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      receiver.heard.push(String(req.headers['webhook-id']));
      setTimeout(() => res.writeHead(status).end(), receiver.delayMs);
    });
  });
  const receiver: WebhookReceiver = {
    url: (path) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    heard: [],
    delayMs: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return receiver;
}
