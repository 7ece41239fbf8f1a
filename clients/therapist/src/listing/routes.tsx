import type { RouteObject } from 'react-router';

// The listing screen, inside the signed-in frame (a visitor is sent to sign in first). It loads
// when first opened.
export const listingRoutes: RouteObject[] = [{ path: 'listing', lazy: async () => ({ Component: (await import('./ListingPage')).ListingPage }) }];
