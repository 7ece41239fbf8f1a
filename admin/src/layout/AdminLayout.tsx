import { AppBar, Layout, LoadingIndicator, UserMenu, Logout, useGetIdentity, type LayoutProps } from 'react-admin';

/** The user menu names the signed-in admin, and its accessible name is the name it shows (WCAG 2.5.3). */
function AdminUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ? String(identity.fullName) : 'Account'}>
      <Logout />
    </UserMenu>
  );
}

/** react-admin's refresh button and loading spinner; the spinner gets a name, as every progress bar needs one (axe: aria-progressbar-name). */
const toolbar = <LoadingIndicator aria-label="Loading" />;

function AdminAppBar() {
  return <AppBar userMenu={<AdminUserMenu />} toolbar={toolbar} />;
}

/** react-admin's layout with the app bar above. */
export function AdminLayout(props: LayoutProps) {
  return <Layout {...props} appBar={AdminAppBar} />;
}
