// Attack: a request body far larger than any operation, to exhaust memory or parsing time.
import { request } from 'node:http';
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

const LIMIT = 20_000;

/** POSTs `chunks` without a Content-Length (chunked), as a client hiding the size would. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The gateway may answer and close before all is sent; the answer is what matters.
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('attack: oversized body', () => {
  let guarded: GuardedGateway;
  beforeAll(async () => {
    guarded = await startGuardedGateway({ bodyLimitBytes: LIMIT });
  });
  afterAll(() => guarded?.stop());

  it('refuses a body declared larger than GATEWAY_BODY_LIMIT_BYTES with 413, without reading it', async () => {
    const response = await guarded.post({ query: '{ __typename }', variables: { padding: 'x'.repeat(LIMIT) } });
    expect(response.status).toBe(413);
    expect(await firstError(response)).toEqual({ message: `Request body is larger than ${LIMIT} bytes.`, extensions: { code: 'BAD_USER_INPUT' } });
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('refuses a chunked body once it grows past the limit', async () => {
    const chunks = ['{"query":"{ __typename }","variables":{"padding":"', ...Array.from({ length: 10 }, () => 'x'.repeat(5000)), '"}}'];
    const result = await postChunked(guarded.url, chunks).catch((error: NodeJS.ErrnoException) => ({ status: 0, body: error.code ?? '' }));
    // Either the 413 arrives, or the gateway cut the upload short (EPIPE/ECONNRESET) before the client read it.
    if (result.status) expect(result.status).toBe(413);
    else expect(result.body).toMatch(/EPIPE|ECONNRESET/);
    expect(guarded.subgraphRequests()).toBe(0);
  });
});
