import EventNoteIcon from '@mui/icons-material/EventNote';
import AssignmentIcon from '@mui/icons-material/Assignment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HistoryIcon from '@mui/icons-material/History';
import PeopleIcon from '@mui/icons-material/People';
import PsychologyIcon from '@mui/icons-material/Psychology';
import { Admin, Resource, type AuthProvider } from 'react-admin';
import { AuditList } from './audit/AuditList';
import { LoginPage } from './auth/LoginPage';
import { BookingList } from './bookings/BookingList';
import { BookingShow } from './bookings/BookingShow';
import { CarePlanList } from './care-plans/CarePlanList';
import { CarePlanShow } from './care-plans/CarePlanShow';
import { Dashboard } from './dashboard/Dashboard';
import type { CaregraphDataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AdminLayout } from './layout/AdminLayout';
import { theme } from './layout/theme';
import { QueueList } from './moderation-queue/QueueList';
import { TherapistList } from './therapists/TherapistList';
import { TherapistShow } from './therapists/TherapistShow';
import { UserList } from './users/UserList';
import { UserShow } from './users/UserShow';

export interface AppProps {
  dataProvider: CaregraphDataProvider;
  authProvider: AuthProvider;
}

/** The dashboard: figures first, then the moderation queue, listings, accounts, bookings, care plans and the audit log. */
export function App({ dataProvider, authProvider }: AppProps) {
  return (
    <Admin title="Caregraph admin" dashboard={Dashboard} dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} loginPage={LoginPage} layout={AdminLayout} theme={theme} requireAuth disableTelemetry>
      <Resource name="moderationQueue" list={QueueList} icon={FactCheckIcon} options={{ label: 'Moderation queue' }} />
      <Resource name="therapists" list={TherapistList} show={TherapistShow} icon={PsychologyIcon} options={{ label: 'All listings' }} recordRepresentation="displayName" />
      <Resource name="users" list={UserList} show={UserShow} icon={PeopleIcon} options={{ label: 'Accounts' }} recordRepresentation="displayName" />
      <Resource name="bookings" list={BookingList} show={BookingShow} icon={EventNoteIcon} options={{ label: 'Bookings' }} />
      <Resource name="carePlans" list={CarePlanList} show={CarePlanShow} icon={AssignmentIcon} options={{ label: 'Care plans' }} />
      <Resource name="auditLog" list={AuditList} icon={HistoryIcon} options={{ label: 'Audit log' }} />
    </Admin>
  );
}
