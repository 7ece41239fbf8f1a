import { RequireSignIn } from '@caregraph/client-kit/require-sign-in';
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { SignInPage } from './account/SignInPage';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { SearchPage } from './search/SearchPage';
import { TherapistPage } from './therapist/TherapistPage';
import { AboutOverviewPage } from './about/AboutOverviewPage';
import { AboutReferralsPage } from './about/AboutReferralsPage';
import { ConditionsPage } from './about/ConditionsPage';
import { FirstSessionPage } from './about/FirstSessionPage';
import { FundingPage } from './about/FundingPage';
import { OccupationalTherapyPage } from './about/OccupationalTherapyPage';

// The first screens a visitor sees (search, a profile, the pages about the service that a search engine
// sends people to, signing in) come with the app; the rest load when first opened, so a phone on a slow
// connection starts sooner.
const SignUpPage = lazy(() => import('./account/SignUpPage').then((m) => ({ default: m.SignUpPage })));
const VerifyEmailPage = lazy(() => import('./account/VerifyEmailPage').then((m) => ({ default: m.VerifyEmailPage })));
const ForgottenPasswordPage = lazy(() => import('./account/ForgottenPasswordPage').then((m) => ({ default: m.ForgottenPasswordPage })));
const ResetPasswordPage = lazy(() => import('./account/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const AccountDeletedPage = lazy(() => import('./account/AccountDeletedPage').then((m) => ({ default: m.AccountDeletedPage })));
const MyBookingsPage = lazy(() => import('./my-bookings/MyBookingsPage').then((m) => ({ default: m.MyBookingsPage })));
const CarePlanPage = lazy(() => import('./care-plan/CarePlanPage').then((m) => ({ default: m.CarePlanPage })));
const QuestionnairePage = lazy(() => import('./care-plan/QuestionnairePage').then((m) => ({ default: m.QuestionnairePage })));
const UnsubscribePage = lazy(() => import('./notifications/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })));
const MyDataPage = lazy(() => import('./my-data/MyDataPage').then((m) => ({ default: m.MyDataPage })));
const ReferralsPage = lazy(() => import('./referrals/ReferralsPage').then((m) => ({ default: m.ReferralsPage })));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SearchPage />} />
        <Route path="therapists/:id" element={<TherapistPage />} />
        <Route path="therapists/:id/:slug" element={<TherapistPage />} />
        <Route path="about" element={<AboutOverviewPage />} />
        <Route path="about/occupational-therapy" element={<OccupationalTherapyPage />} />
        <Route path="about/conditions" element={<ConditionsPage />} />
        <Route path="about/first-session-and-care-plans" element={<FirstSessionPage />} />
        <Route path="about/referrals" element={<AboutReferralsPage />} />
        <Route path="about/funding" element={<FundingPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="forgotten-password" element={<ForgottenPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="account-deleted" element={<AccountDeletedPage />} />
        <Route path="unsubscribe" element={<UnsubscribePage />} />
        <Route element={<RequireSignIn />}>
          <Route path="bookings" element={<MyBookingsPage />} />
          <Route path="care-plan" element={<CarePlanPage />} />
          <Route path="care-plan/:planId/check-in/:kind" element={<QuestionnairePage />} />
          <Route path="referrals" element={<ReferralsPage />} />
          <Route path="my-data" element={<MyDataPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
