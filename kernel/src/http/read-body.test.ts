import { createGraphQLHandler } from './graphql-handler';
import { listen } from './graceful-server';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';

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

  it('refuses malformed JSON with 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });
});
