import { RequireSignIn } from '@caregraph/client-kit/require-sign-in';
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { SignInPage } from './auth/SignInPage';
import { joiningRoutes } from './joining/routes';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { listingRoutes } from './listing/routes';
import { passwordRoutes } from './password/routes';
import { scheduleRoutes } from './schedule/routes';
import { TodayPage } from './today/TodayPage';

// Today and signing in come with the app; the other screens load when first opened, so a phone
// between home visits starts sooner.
const BookingsPage = lazy(() => import('./bookings/BookingsPage').then((m) => ({ default: m.BookingsPage })));
const ReferralsPage = lazy(() => import('./referrals/ReferralsPage').then((m) => ({ default: m.ReferralsPage })));
const ClientsPage = lazy(() => import('./clients/ClientsPage').then((m) => ({ default: m.ClientsPage })));
const NewCarePlanPage = lazy(() => import('./care-plans/NewCarePlanPage').then((m) => ({ default: m.NewCarePlanPage })));
const ReviewPage = lazy(() => import('./reviews/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const CarePlanPage = lazy(() => import('./care-plans/CarePlanPage').then((m) => ({ default: m.CarePlanPage })));

/** The workspace's routes: the frame, open screens (signing in, joining), then the signed-in ones. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      ...joiningRoutes,
      ...passwordRoutes,
      {
        element: <RequireSignIn />,
        children: [
          { index: true, element: <TodayPage /> },
          { path: 'bookings', element: <BookingsPage /> },
          { path: 'referrals', element: <ReferralsPage /> },
          { path: 'clients', element: <ClientsPage /> },
          { path: 'care-plans/new', element: <NewCarePlanPage /> },
          { path: 'care-plans/:planId', element: <CarePlanPage /> },
          { path: 'care-plans/:planId/review', element: <ReviewPage /> },
          ...listingRoutes,
          ...scheduleRoutes,
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
