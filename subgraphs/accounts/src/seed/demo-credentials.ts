/**
 * The password of every demo user the seed writes (their emails come from demoRoster()).
 * For local development only: `npm start` prints it next to the demo accounts.
 */
export const DEMO_PASSWORD = 'CaregraphDemo!2026';

/**
 * The authenticator (TOTP) secret of the demo admin, who is seeded with two-step verification
 * on (admins must have it). For local development only: add it to an authenticator app, or
 * take the code from `currentDemoAdminCode()`, which `npm start` points to.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';
