import type { AccountsConfig } from '../config';
import { Role } from '../users/role';

/**
 * The app a person's e-mail links open: therapists use the therapist workspace, everyone else
 * the client app. A link into the wrong app would land on a page that app does not have.
 */
export function appBaseUrlFor(config: Pick<AccountsConfig, 'appBaseUrl' | 'therapistAppBaseUrl'>, role: Role): string {
  return role === Role.THERAPIST ? config.therapistAppBaseUrl : config.appBaseUrl;
}
