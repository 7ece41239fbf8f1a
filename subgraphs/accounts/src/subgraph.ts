import path from 'node:path';
import type { SubgraphDefinition } from '@caregraph/runtime';
import { LoginResolver } from './auth/login.resolver';
import { RefreshToken } from './auth/refresh-token.entity';
import { SessionResolver } from './auth/session.resolver';
import { EmailVerificationResolver } from './email-verification/email-verification.resolver';
import { JWKS_PATH, jwksRoute } from './jwks/jwks.route';
import { OneTimeToken } from './one-time-tokens/one-time-token.entity';
import { PasswordResetResolver } from './passwords/password-reset.resolver';
import { personalDataExportReference } from './personal-data/personal-data.reference';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { seedDemo } from './seed/seed-demo';
import { SignUpResolver } from './users/sign-up.resolver';
import { User } from './users/user.entity';
import { userReference } from './users/user.reference';
import { UserResolver } from './users/user.resolver';

/** The accounts subgraph: owns `User`, sign-up, sign-in, sessions and the JWKS. */
export const accountsSubgraph: SubgraphDefinition = {
  name: 'accounts',
  envPrefix: 'ACCOUNTS',
  database: 'accounts',
  defaultPort: 4101,
  packageRoot: path.resolve(__dirname, '..'),
  entities: [User, OneTimeToken, RefreshToken],
  resolvers: [UserResolver, SignUpResolver, EmailVerificationResolver, PasswordResetResolver, LoginResolver, SessionResolver, PersonalDataResolver],
  referenceResolvers: { ...userReference, ...personalDataExportReference },
  publicRoutes: { [JWKS_PATH]: jwksRoute },
  seed: seedDemo,
};
