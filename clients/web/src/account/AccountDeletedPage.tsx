import { Link, useLocation } from 'react-router';
import { formatDate } from '../format/format';
import { Page } from '../layout/Page';

interface DeletionResult {
  deletedRecords: number;
  retainedRecords: number;
  clinicalRecordsRetainedUntil: string | null;
}

export function AccountDeletedPage() {
  const result = (useLocation().state as { deletion?: DeletionResult } | null)?.deletion;
  return (
    <Page title="Your account has been deleted">
      <p>Your login and profile are gone, and you have been signed out.</p>
      {result && (
        <ul>
          <li>{result.deletedRecords === 1 ? '1 record was' : `${result.deletedRecords} records were`} deleted (for example upcoming or cancelled sessions).</li>
          {result.retainedRecords > 0 ? (
            <li>
              {result.retainedRecords === 1 ? '1 clinical record is' : `${result.retainedRecords} clinical records are`} kept, with no link to you, as the law requires
              {result.clinicalRecordsRetainedUntil ? `, until ${formatDate(result.clinicalRecordsRetainedUntil)}` : ''}. After that they are destroyed.
            </li>
          ) : (
            <li>We did not need to keep any clinical records.</li>
          )}
        </ul>
      )}
      <p>
        <Link to="/">Back to the start</Link>
      </p>
    </Page>
  );
}
