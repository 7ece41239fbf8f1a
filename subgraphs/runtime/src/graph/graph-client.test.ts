import { listen, type GracefulServer, sendJson } from '@caregraph/kernel';
import { createGraphClient, GraphUnavailableError } from './graph-client';

/** A stand-in gateway answering each request with whatever the test sets. */
describe('graph client', () => {
  let server: GracefulServer;
  let answer: (body: { query: string }, headers: Record<string, unknown>) => { status: number; body: unknown } | 'hang';
  const seen: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    server = await listen(
      (req, res) => {
        let text = '';
        req.on('data', (chunk) => (text += chunk));
        req.on('end', () => {
          seen.push(req.headers);
          const reply = answer(JSON.parse(text), req.headers);
          if (reply !== 'hang') sendJson(res, reply.status, reply.body);
        });
      },
      '127.0.0.1',
      0,
    );
  });
  afterAll(() => server.close(100));

  const client = (timeoutMs = 2000) =>
    createGraphClient({ gatewayUrl: `http://127.0.0.1:${server.port}/graphql`, internalToken: 'a.b.c', requestId: 'req-12345678', timeoutMs });

  it('sends the internal token and request id, and resolves with the data', async () => {
    answer = () => ({ status: 200, body: { data: { therapist: { status: 'APPROVED' } } } });
    await expect(client().request('{ therapist(id: "x") { status } }')).resolves.toEqual({ therapist: { status: 'APPROVED' } });
    expect(seen.at(-1)).toMatchObject({ authorization: 'Bearer a.b.c', 'x-request-id': 'req-12345678' });
  });

  it("passes on an error meant for the caller, with its code and field", async () => {
    answer = () => ({ status: 200, body: { errors: [{ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } }] } });
    await expect(client().request('{ x }')).rejects.toMatchObject({ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } });
  });

  it('turns an internal error, an unreachable gateway and a timeout into GraphUnavailableError', async () => {
    answer = () => ({ status: 200, body: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null } });
    await expect(client().request('{ x }')).rejects.toBeInstanceOf(GraphUnavailableError);
    answer = () => 'hang';
    await expect(client(200).request('{ x }')).rejects.toMatchObject({ reason: 'timeout', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const nowhere = createGraphClient({ gatewayUrl: 'http://127.0.0.1:1/graphql', internalToken: 'a.b.c', requestId: 'req-12345678' });
    await expect(nowhere.request('{ x }')).rejects.toMatchObject({ reason: 'unreachable' });
  });
});
