import type { RouteObject } from 'react-router';

// The joining screens (filled by their owners). App.tsx spreads this list into the router:
// joining routes are open to visitors (sign-up, e-mail confirmation).
export const joiningRoutes: RouteObject[] = [];
