// Records the subgraph fetches a gateway makes for each operation, through a small forwarding proxy
// in front of every subgraph: which subgraph, the request body, the caller inside the internal token,
// and when it started and ended. Fetches that started before any earlier fetch of the same stage had
// answered ran in parallel; the floor replays them stage by stage.
import http from 'node:http';

/** Decodes (does not verify: it came from our own gateway) the caller carried by an internal token. */
function callerOf(authorization) {
  const payload = JSON.parse(Buffer.from((authorization ?? '').split('.')[1] ?? 'e30', 'base64url').toString('utf8'));
  return { userId: payload.sub ?? null, roles: payload.roles ?? [] };
}

/** Starts a recording proxy per subgraph; returns their URLs, the fetches seen, and close(). */
export async function startRecorders(subgraphUrls) {
  const fetches = [];
  const servers = [];
  const urls = {};
  for (const [name, target] of Object.entries(subgraphUrls)) {
    const server = http.createServer(async (req, res) => {
      if (req.url === '/health') return res.end('{"status":"ok"}');
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = Buffer.concat(chunks).toString('utf8');
      const started = performance.now();
      let response;
      let text;
      try {
        response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', authorization: req.headers.authorization, 'x-request-id': req.headers['x-request-id'] ?? '' }, body });
        text = await response.text();
      } catch (error) {
        // The bench reports the failed operation (and the subgraphs' last lines); it must not die here.
        res.writeHead(502, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ errors: [{ message: `${name} unreachable: ${error.cause?.code ?? error.message}` }] }));
      }
      fetches.push({ subgraph: name, body, caller: callerOf(req.headers.authorization), started, ended: performance.now() });
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(text);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[name] = `http://127.0.0.1:${server.address().port}/graphql`;
  }
  return {
    urls,
    /** Takes the fetches recorded since the last call, grouped into stages. */
    take() {
      const taken = fetches.splice(0).sort((a, b) => a.started - b.started);
      const stages = [];
      for (const fetch of taken) {
        const current = stages.at(-1);
        if (current && fetch.started < Math.min(...current.map((f) => f.ended))) current.push(fetch);
        else stages.push([fetch]);
      }
      return stages.map((stage) => stage.map(({ subgraph, body, caller }) => ({ subgraph, body, caller })));
    },
    close: () => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))),
  };
}
