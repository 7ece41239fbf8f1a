import { totpCode } from '../mfa/totp';
import { DEMO_ADMIN_TOTP_SECRET } from './demo-credentials';

/** The code the demo admin's authenticator would show now (local development only: `npm start` tells how to get it). */
export function currentDemoAdminCode(): string {
  return totpCode(DEMO_ADMIN_TOTP_SECRET);
}
