/**
 * The password of every demo user the seed writes (their emails come from demoRoster()).
 * For local development only: `npm start` prints it next to the demo accounts.
 */
export const DEMO_PASSWORD = 'CaregraphDemo!2026';
