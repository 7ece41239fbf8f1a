import { AppBar, Layout, LoadingIndicator, UserMenu, Logout, useGetIdentity, type LayoutProps } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { AdminBusyNotice } from './AdminBusyNotice';

/** The user menu names the signed-in admin, and its accessible name is the name it shows (WCAG 2.5.3). */
function AdminUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ? String(identity.fullName) : 'Account'}>
      <Logout />
    </UserMenu>
  );
}

/**
 * The admin's notifications bell, then react-admin's refresh button and loading spinner; the spinner gets
 * a name, as every progress bar needs one (axe: aria-progressbar-name).
 */
const toolbar = (
  <>
    <NotificationBell />
    <LoadingIndicator aria-label="Loading" />
  </>
);

function AdminAppBar() {
  return <AppBar userMenu={<AdminUserMenu />} toolbar={toolbar} />;
}

/** react-admin's layout with the app bar above, and the busy notice above each screen. */
export function AdminLayout({ children, ...props }: LayoutProps) {
  return (
    <Layout {...props} appBar={AdminAppBar}>
      <AdminBusyNotice />
      {children}
    </Layout>
  );
}
