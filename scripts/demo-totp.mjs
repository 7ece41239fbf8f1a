// `npm run demo:totp`: the demo admin's current sign-in code (TOTP, changes every 30 seconds).
// Demo data only: the demo admin's secret is public on purpose, in the demo-data package.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { currentDemoAdminCode, DEMO_ADMIN_TOTP_SECRET } = createRequire(path.join(root, 'package.json'))('@caregraph/demo-data');
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${currentDemoAdminCode()}  (valid for about ${secondsLeft} s more; secret ${DEMO_ADMIN_TOTP_SECRET} for an authenticator app)`);
