import { createGraphQLHandler } from './graphql-handler';
import { listen } from './graceful-server';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import http from 'node:http';

/** POSTs `chunks` one write at a time without a content-length (chunked), as a streaming client does. */
function postChunked(url: string, chunks: string[]): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    (async () => {
      for (const chunk of chunks) {
        if (req.destroyed) return;
        req.write(chunk);
        await new Promise((next) => setTimeout(next, 10));
      }
      req.end();
    })();
  });
}

describe('GraphQL HTTP handler', () => {
  const apollo = new ApolloServer({ typeDefs: buildSchema('type Query { hello: String }'), resolvers: { Query: { hello: () => 'hi' } } });
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    await apollo.start();
    const server = await listen(createGraphQLHandler(apollo, async () => ({}), { bodyLimitBytes: 200 }), '127.0.0.1', 0);
    url = `http://127.0.0.1:${server.port}/graphql`;
    close = () => server.close();
  });
  afterAll(async () => {
    await close();
    await apollo.stop();
  });

  const post = (body: string, type = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

  it('answers a query', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }' }));
    expect(await response.json()).toEqual({ data: { hello: 'hi' } });
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ hello ${' '.repeat(300)} }` }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reads a body that arrives in several chunks', async () => {
    const result = await postChunked(url, ['{"query":', ' "{ hel', 'lo }"}']);
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ data: { hello: 'hi' } });
  });

  it('stops an upload without a declared length once it passes the limit', async () => {
    const result = await postChunked(url, ['{"query": "{ hello }", "x": "', 'a'.repeat(150), 'b'.repeat(150), 'c'.repeat(150), '"}']);
    // Either the 413 arrives, or the server cut the upload short before the client read it.
    if (result.status) {
      expect(result.status).toBe(413);
      expect(JSON.parse(result.body!).errors[0]).toEqual({ message: 'Request body is larger than 200 bytes.', extensions: { code: 'BAD_USER_INPUT' } });
    } else expect(result.error).toMatch(/ECONNRESET|EPIPE|socket hang up/);
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });
});
