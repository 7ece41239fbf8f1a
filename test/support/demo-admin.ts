// The demo admin's authenticator codes for tests that sign the admin in more than once on one platform.
// accounts accepts a TOTP code from one time step either side of its own and refuses a step at or before the
// last one used, so a second sign-in with the current code in the same 30 s step would be refused.
import { authenticatorCode, DEMO_ADMIN_EMAIL, DEMO_ADMIN_TOTP_SECRET } from '@caregraph/demo-data';
import { Client } from 'pg';
import { platformDatabaseUrl, type RunningPlatform } from './platform';

/** Length of a TOTP time step (RFC 6238), and how far from the server's step accounts accepts a code. */
const STEP_MS = 30_000;
const ACCEPTED_STEPS_EITHER_WAY = 1;
/** A previous step's code is only sent this long before it drops out of the accepted window. */
const SAFETY_MS = 5_000;
let lastStep: number | undefined;

/**
 * A demo admin code accounts takes now: for the earliest time step it accepts (one either side of the current
 * one, as for an authenticator app with a drifting clock) that is after the step used last, because accounts
 * refuses a step at or before the last one used. Three sign-ins fit in one step this way. For a fourth, with
 * `platform` given, the test forgets the step used last in that platform's own accounts database (the state a
 * new authenticator app leaves) instead of waiting up to 30 s for the next step; without it, the fourth waits.
 * The steps used are remembered per test file, which is one platform's only user.
 */
export async function nextDemoAdminCode(platform?: RunningPlatform): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / STEP_MS);
    // The step before the current one only while it is safely inside the window.
    const earliest = current - (now % STEP_MS < STEP_MS - SAFETY_MS ? ACCEPTED_STEPS_EITHER_WAY : 0);
    const step = Math.max(earliest, (lastStep ?? -Infinity) + 1);
    if (step <= current + ACCEPTED_STEPS_EITHER_WAY) {
      lastStep = step;
      return authenticatorCode(DEMO_ADMIN_TOTP_SECRET, step * STEP_MS);
    }
    if (platform) {
      await forgetDemoAdminLastStep(platform);
      lastStep = undefined;
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, STEP_MS - (now % STEP_MS) + 200));
  }
}

/** Clears the demo admin's last accepted authenticator step in `platform`'s accounts database. */
async function forgetDemoAdminLastStep(platform: RunningPlatform): Promise<void> {
  const db = new Client({ connectionString: platformDatabaseUrl(platform, 'accounts') });
  await db.connect();
  try {
    const { rowCount } = await db.query(
      'update mfa_totp_factors set last_used_step = null where user_id = (select id from users where email = $1) and confirmed_at is not null',
      [DEMO_ADMIN_EMAIL],
    );
    if (rowCount !== 1) throw new Error(`the demo admin has ${rowCount} confirmed authenticator apps, not one`);
  } finally {
    await db.end();
  }
}
