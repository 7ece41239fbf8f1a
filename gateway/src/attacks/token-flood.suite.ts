// Attack: a document so long (thousands of tokens) that parsing and validating it is the damage,
// whatever it asks for.
import { GATEWAY_QUERY_LIMITS } from '../config';
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

describe('attack: token flood', () => {
  let guarded: GuardedGateway;
  beforeAll(async () => {
    guarded = await startGuardedGateway();
  });
  afterAll(() => guarded?.stop());

  it(`refuses a document of more than ${GATEWAY_QUERY_LIMITS.maxTokens} tokens at parsing, with 400 BAD_USER_INPUT`, async () => {
    // `{` + 1000 fields + `}`: 1002 tokens, each field valid on its own.
    const query = `{ ${'__typename '.repeat(GATEWAY_QUERY_LIMITS.maxTokens)}}`;
    const response = await guarded.post({ query });
    expect(response.status).toBe(400);
    const error = await firstError(response);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'tokens' });
    expect(error.message).toMatch(new RegExp(`more tha[nt] ${GATEWAY_QUERY_LIMITS.maxTokens} tokens`));
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('refuses a flood of directives on one field as a flood of tokens or of directives', async () => {
    const query = `query($t: Boolean!) { __typename ${'@include(if: $t) '.repeat(GATEWAY_QUERY_LIMITS.maxDirectives + 1)}}`;
    const response = await guarded.post({ query, variables: { t: true } });
    expect(response.status).toBe(400);
    expect((await firstError(response)).message).toMatch(/Directives limit of \d+ exceeded|tokens/);
  });

  it('does not count comments: a well-commented operation is not punished', async () => {
    const comment = `# ${'explaining the query at length '.repeat(20)}\n`;
    const response = await guarded.post({ query: `${comment.repeat(50)}{ __typename }` });
    expect(response.status).toBe(200);
  });
});
