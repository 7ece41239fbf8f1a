import { Admin, Resource, type AuthProvider } from 'react-admin';
import { HashRouter } from 'react-router';
import { auditLog } from './audit';
import { LoginPage } from './auth/LoginPage';
import { bookings } from './bookings';
import { carePlans } from './care-plans';
import { Dashboard } from './dashboard/Dashboard';
import { deliveries } from './deliveries';
import type { CaregraphDataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AdminLayout } from './layout/AdminLayout';
import { theme } from './layout/theme';
import { moderationQueue } from './moderation-queue';
import { organisations } from './organisations';
import { referrals } from './referrals';
import { safety } from './safety';
import { listings } from './therapists';
import { users } from './users';

export interface AppProps {
  dataProvider: CaregraphDataProvider;
  authProvider: AuthProvider;
}

/** The dashboard: figures first, then the moderation queue, listings, accounts, organisations and their referrals, bookings, care plans, the safety list of escalated risk flags, the audit log and notification deliveries. */
export function App({ dataProvider, authProvider }: AppProps) {
  // react-admin routes inside the router it finds around it. This one updates the route at once, not in a
  // transition: in one, a signed-out visit went through react-admin's sign-out and redirect about a
  // thousand times (each redirect's re-check of the session interrupting the transition to the sign-in
  // page) and showed the sign-in form only after 8–19 s, with as many history entries.
  return (
    <HashRouter useTransitions={false}>
      <Admin title="Caregraph admin" dashboard={Dashboard} dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} loginPage={LoginPage} layout={AdminLayout} theme={theme} requireAuth disableTelemetry>
        <Resource {...moderationQueue} />
        <Resource {...listings} />
        <Resource {...users} />
        <Resource {...organisations} />
        <Resource {...referrals} />
        <Resource {...bookings} />
        <Resource {...carePlans} />
        <Resource {...safety} />
        <Resource {...auditLog} />
        <Resource {...deliveries} />
      </Admin>
    </HashRouter>
  );
}
