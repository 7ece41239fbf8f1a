// Serves one built browser app on its own, as `npm start` serves it (static files, /config.js, the
// strict Content-Security-Policy, /graphql proxied to the gateway): what an app's container runs.
//   node scripts/serve-app.mjs therapist
// Environment: GATEWAY_URL (the gateway's /graphql, default http://127.0.0.1:4000/graphql), HOST (the
// address to bind, default 127.0.0.1), and the app's port variable (THERAPIST_PORT, WEB_PORT, ADMIN_PORT).
import { STATIC_APPS, startStaticAppServer } from './lib/static-app-server.mjs';

const name = process.argv[2];
const app = STATIC_APPS.find((candidate) => candidate.name === name);
if (!app) {
  process.stderr.write(`Usage: node scripts/serve-app.mjs <${STATIC_APPS.map((a) => a.name).join('|')}>\n`);
  process.exit(2);
}
const served = await startStaticAppServer(app, { gatewayUrl: process.env.GATEWAY_URL || 'http://127.0.0.1:4000/graphql', host: process.env.HOST || '127.0.0.1' });
if (!served.url) {
  process.stderr.write(`The ${app.label} is not served: ${served.skipped}\n`);
  process.exit(1);
}
process.stdout.write(`The ${app.label} is at ${served.url} (gateway ${process.env.GATEWAY_URL || 'http://127.0.0.1:4000/graphql'})\n`);
const stop = () => void served.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
