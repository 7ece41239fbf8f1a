import type { RouteObject } from 'react-router';

// The schedule screen, inside the signed-in frame (a visitor is sent to sign in first). It loads
// when first opened.
export const scheduleRoutes: RouteObject[] = [{ path: 'schedule', lazy: async () => ({ Component: (await import('./SchedulePage')).SchedulePage }) }];
