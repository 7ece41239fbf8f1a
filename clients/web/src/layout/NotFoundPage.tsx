import { Link } from 'react-router';
import { useResponseStatus } from '../server/render-context';
import { Page } from './Page';

export function NotFoundPage() {
  useResponseStatus(404);
  return (
    <Page title="Page not found">
      <p>There is no page at this address. If you typed it, check it is right.</p>
      <p>
        <Link to="/">Find a therapist</Link>
      </p>
    </Page>
  );
}
