import type { RouteObject } from 'react-router';

// The listing screens (filled by their owners). App.tsx spreads this list into the router:
// these routes are inside the signed-in frame (a visitor is sent to sign in first).
export const listingRoutes: RouteObject[] = [];
