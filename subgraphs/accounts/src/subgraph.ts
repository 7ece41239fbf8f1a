import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { AccountAdminResolver } from './admin/account-admin.resolver';
import { AccountAuditEntry } from './admin/account-audit.entity';
import { AccountAuditResolver } from './admin/account-audit.resolver';
import { AdminUsersResolver } from './admin/admin-users.resolver';
import { UserLockResolver } from './admin/user-lock.resolver';
import { LoginResolver } from './auth/login.resolver';
import { RefreshToken } from './auth/refresh-token.entity';
import { SessionResolver } from './auth/session.resolver';
import { ConsentDocument } from './consents/consent-document.entity';
import { ConsentEvent } from './consents/consent-event.entity';
import { ConsentResolver } from './consents/consent.resolver';
import { UserConsentsResolver } from './consents/user-consents.resolver';
import { EmailVerificationResolver } from './email-verification/email-verification.resolver';
import { MfaResolver } from './mfa/mfa.resolver';
import { MfaStatusResolver } from './mfa/mfa-status.resolver';
import { RecoveryCode } from './mfa/recovery-code.entity';
import { TotpFactor } from './mfa/totp-factor.entity';
import { OneTimeToken } from './one-time-tokens/one-time-token.entity';
import { PasswordResetResolver } from './passwords/password-reset.resolver';
import { personalDataExportReference } from './personal-data/personal-data.reference';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { DEMO_CREDENTIALS_PATH, demoCredentialsRoute, refuseDemoCredentialsInProduction } from './seed/demo-credentials-guard';
import { seedDemo } from './seed/seed-demo';
import { SignUpResolver } from './sign-up/sign-up.resolver';
import { User } from './users/user.entity';
import { ApiClient } from './api-clients/api-client.entity';
import { ApiClientResolver } from './api-clients/api-client.resolver';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationAuditEntry } from './organisations/organisation-audit.entity';
import { OrganisationFieldsResolver } from './organisations/organisation-fields.resolver';
import { OrganisationMember } from './organisations/organisation-member.entity';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { userReference } from './users/user.reference';
import { UserResolver } from './users/user.resolver';
import { composeAccounts } from './composition';

/** The accounts subgraph: owns `User`, sign-up, sign-in, sessions and the JWKS, organisations and their API clients. */
export const accountsSubgraph: SubgraphDefinition = {
  name: 'accounts',
  envPrefix: 'ACCOUNTS',
  database: 'accounts',
  defaultPort: 4101,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [User, OneTimeToken, RefreshToken, TotpFactor, RecoveryCode, AccountAuditEntry, ConsentDocument, ConsentEvent, Organisation, OrganisationMember, OrganisationAuditEntry, ApiClient],
  resolvers: [UserResolver, SignUpResolver, EmailVerificationResolver, PasswordResetResolver, LoginResolver, SessionResolver, PersonalDataResolver, MfaResolver, MfaStatusResolver, AdminUsersResolver, AccountAdminResolver, AccountAuditResolver, UserLockResolver, ConsentResolver, UserConsentsResolver, OrganisationResolver, OrganisationFieldsResolver, ApiClientResolver],
  referenceResolvers: { ...userReference, ...personalDataExportReference },
  // Signing keys, mail and login counters, built when serving; they also serve the JWKS route.
  compose: composeAccounts,
  publicRoutes: { [DEMO_CREDENTIALS_PATH]: demoCredentialsRoute },
  beforeServe: refuseDemoCredentialsInProduction,
  seed: seedDemo,
};
