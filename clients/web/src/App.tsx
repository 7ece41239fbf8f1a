import { Route, Routes } from 'react-router';
import { AccountDeletedPage } from './account/AccountDeletedPage';
import { CarePlanPage } from './care-plan/CarePlanPage';
import { QuestionnairePage } from './care-plan/QuestionnairePage';
import { RequireSignIn } from './account/RequireSignIn';
import { SignInPage } from './account/SignInPage';
import { SignUpPage } from './account/SignUpPage';
import { VerifyEmailPage } from './account/VerifyEmailPage';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { MyBookingsPage } from './my-bookings/MyBookingsPage';
import { MyDataPage } from './my-data/MyDataPage';
import { SearchPage } from './search/SearchPage';
import { TherapistPage } from './therapist/TherapistPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SearchPage />} />
        <Route path="therapists/:id" element={<TherapistPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="account-deleted" element={<AccountDeletedPage />} />
        <Route element={<RequireSignIn />}>
          <Route path="bookings" element={<MyBookingsPage />} />
          <Route path="care-plan" element={<CarePlanPage />} />
          <Route path="care-plan/:planId/check-in/:kind" element={<QuestionnairePage />} />
          <Route path="my-data" element={<MyDataPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
