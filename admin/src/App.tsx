import FactCheckIcon from '@mui/icons-material/FactCheck';
import PsychologyIcon from '@mui/icons-material/Psychology';
import { Admin, Resource, type AuthProvider } from 'react-admin';
import { LoginPage } from './auth/LoginPage';
import type { CaregraphDataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AdminLayout } from './layout/AdminLayout';
import { theme } from './layout/theme';
import { QueueList } from './moderation-queue/QueueList';
import { TherapistList } from './therapists/TherapistList';
import { TherapistShow } from './therapists/TherapistShow';

export interface AppProps {
  dataProvider: CaregraphDataProvider;
  authProvider: AuthProvider;
}

/** The dashboard: the moderation queue first, then every listing. */
export function App({ dataProvider, authProvider }: AppProps) {
  return (
    <Admin title="Caregraph admin" dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} loginPage={LoginPage} layout={AdminLayout} theme={theme} requireAuth disableTelemetry>
      <Resource name="moderationQueue" list={QueueList} icon={FactCheckIcon} options={{ label: 'Moderation queue' }} />
      <Resource name="therapists" list={TherapistList} show={TherapistShow} icon={PsychologyIcon} options={{ label: 'All listings' }} recordRepresentation="displayName" />
    </Admin>
  );
}
