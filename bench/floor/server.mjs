// The floor of the bench: for each operation, the subgraph fetches a gateway's query plan makes
// (recorded by record.mjs), sent straight to the subgraphs stage by stage, parallel within a stage,
// over Node's keep-alive fetch — no parsing, planning, validation or merging. What a gateway costs
// is what it adds to this. Internal tokens are signed once per caller and subgraph every 10 s
// (they live 30 s), so the floor spends almost nothing of its own.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';

const { createInternalTokenSigner } = createRequire(import.meta.url)('@caregraph/kernel');
const signer = await createInternalTokenSigner(process.env.BENCH_INTERNAL_TOKEN_PRIVATE_KEY);
const { subgraphUrls, plans } = JSON.parse(readFileSync(process.env.BENCH_FLOOR_PLANS, 'utf8'));
const tokens = new Map();

async function tokenFor(subgraph, caller) {
  const key = `${subgraph}:${caller.userId}`;
  const cached = tokens.get(key);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = await signer.sign(subgraph, caller, 'bench-floor', null, 0);
  tokens.set(key, { token, until: Date.now() + 10_000 });
  return token;
}

async function replay(stages) {
  let last = [];
  for (const stage of stages) {
    last = await Promise.all(
      stage.map(async ({ subgraph, body, caller }) => {
        const response = await fetch(subgraphUrls[subgraph], {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(subgraph, caller)}` },
          body,
        });
        return response.text();
      }),
    );
  }
  return last;
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/health') return res.end('{"status":"ok"}');
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  // Plans are keyed by the exact request body the gateway was sent.
  const stages = plans[Buffer.concat(chunks).toString('utf8')];
  if (!stages) {
    res.writeHead(400, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ errors: [{ message: 'no recorded plan for this request' }] }));
  }
  try {
    const bodies = await replay(stages);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"data":{"fetches":[${bodies.join(',')}]}}`);
  } catch (error) {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: error.message }] }));
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
