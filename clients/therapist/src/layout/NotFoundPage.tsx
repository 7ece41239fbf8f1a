import { Link } from 'react-router';
import { Page } from './Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address. If you typed it, check it is right.</p>
      <p>
        <Link to="/">Go to today</Link>
      </p>
    </Page>
  );
}
