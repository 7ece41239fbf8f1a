import type { RouteObject } from 'react-router';

// The joining screens, open to visitors: joining (sign-up with the consents) and the page the
// e-mail's confirmation link opens. Each loads when first opened.
export const joiningRoutes: RouteObject[] = [
  { path: 'join', lazy: async () => ({ Component: (await import('./JoinPage')).JoinPage }) },
  { path: 'verify-email', lazy: async () => ({ Component: (await import('./VerifyEmailPage')).VerifyEmailPage }) },
];
