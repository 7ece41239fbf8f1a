import type { RouteObject } from 'react-router';

// Open to visitors: asking for a reset link, and the page the link in the e-mail opens.
export const passwordRoutes: RouteObject[] = [
  { path: 'forgotten-password', lazy: async () => ({ Component: (await import('./ForgottenPasswordPage')).ForgottenPasswordPage }) },
  { path: 'reset-password', lazy: async () => ({ Component: (await import('./ResetPasswordPage')).ResetPasswordPage }) },
];
