// The accounts subgraph's suites, one after another in one test file: each test file loads the subgraph's modules into a
// registry of its own, and one registry for them all took 0.33 s of CPU a suite less (docs/testing.md). Each runs
// in a describe block of its own, so its hooks and its state stay its own. A test file that mocks a module
// (jest.mock) keeps a file and a registry of its own. test/suites-run.test.ts checks that every suite is listed here.
// One suite alone: `npx jest subgraphs/accounts/src/suites.test.ts -t '<its path below>'`.
describe('admin/account-admin', () => void require('./admin/account-admin.suite'));
describe('admin/admin-users', () => void require('./admin/admin-users.suite'));
describe('auth/login-guard.redis', () => void require('./auth/login-guard.redis.suite'));
describe('auth/login-guard', () => void require('./auth/login-guard.suite'));
describe('auth/login', () => void require('./auth/login.suite'));
describe('auth/session', () => void require('./auth/session.suite'));
describe('consents/consents', () => void require('./consents/consents.suite'));
describe('internal-token', () => void require('./internal-token.suite'));
describe('mail/mail', () => void require('./mail/mail.suite'));
describe('mfa/admin-mfa', () => void require('./mfa/admin-mfa.suite'));
describe('mfa/mfa-enrolment', () => void require('./mfa/mfa-enrolment.suite'));
describe('mfa/mfa-login', () => void require('./mfa/mfa-login.suite'));
describe('mfa/totp-secret-cipher', () => void require('./mfa/totp-secret-cipher.suite'));
describe('mfa/totp', () => void require('./mfa/totp.suite'));
describe('n-plus-one', () => void require('./n-plus-one.suite'));
describe('oauth/token.route', () => void require('./oauth/token.route.suite'));
describe('organisations/organisation-grants.route', () => void require('./organisations/organisation-grants.route.suite'));
describe('organisations/organisations', () => void require('./organisations/organisations.suite'));
describe('passwords/password-hasher', () => void require('./passwords/password-hasher.suite'));
describe('passwords/password-reset', () => void require('./passwords/password-reset.suite'));
describe('recipients/recipients.route', () => void require('./recipients/recipients.route.suite'));
describe('revocations/revocations.route', () => void require('./revocations/revocations.route.suite'));
describe('seed/seed-demo', () => void require('./seed/seed-demo.suite'));
describe('sign-up/sign-up', () => void require('./sign-up/sign-up.suite'));
describe('users/user.reference', () => void require('./users/user.reference.suite'));
