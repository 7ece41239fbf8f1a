export { accountsSubgraph } from './subgraph';
export { User } from './users/user.entity';
export { Role } from './users/role';
export { totpCode } from './mfa/totp';
export { readAccountsConfig, SIGNING_KEYS_VARIABLE, type AccountsConfig } from './config';
export { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './auth/access-token';
export { JWKS_PATH } from './jwks/jwks.route';
