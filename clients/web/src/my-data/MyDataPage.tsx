import { useApolloClient, useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { NotificationSettingsSection } from '../notifications/NotificationSettingsSection';
import { ConsentsSection } from './ConsentsSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { downloadJson, exportFileName } from './download';
import { EXPORT_MY_DATA, MY_ACCOUNT } from './operations';

export function MyDataPage() {
  const client = useApolloClient();
  const account = useQuery(MY_ACCOUNT);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string>();
  const [exportProblem, setExportProblem] = useState<string>();
  const me = account.data?.me;

  async function download() {
    setExporting(true);
    setExported(undefined);
    setExportProblem(undefined);
    try {
      // Never cached: the export is everything held on the person, fetched only when asked for.
      const { data } = await client.query({ query: EXPORT_MY_DATA, fetchPolicy: 'no-cache' });
      const file = exportFileName(data!.exportMyData.generatedAt);
      downloadJson(data!.exportMyData, file);
      setExported(`Your data has been downloaded as ${file}.`);
    } catch (error) {
      setExportProblem(describeError(error, 'export').message);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Page title="My data">
      {account.loading && !me && <Loading>Loading your account…</Loading>}
      {account.error && !me && (
        <ErrorSummary title="Your account could not be loaded">
          <p>{describeError(account.error, 'load').message}</p>
        </ErrorSummary>
      )}
      {me && (
        <dl className="facts">
          <div>
            <dt>Name</dt>
            <dd>{me.displayName}</dd>
          </div>
          <div>
            <dt>E-mail address</dt>
            <dd>
              {me.email} {me.emailVerified ? '(confirmed)' : '(not confirmed yet: open the link we sent you)'}
            </dd>
          </div>
        </dl>
      )}
      {me?.consents && <ConsentsSection consents={me.consents} />}
      <NotificationSettingsSection />
      <section aria-labelledby="download-heading">
        <h2 id="download-heading">Download my data</h2>
        <p>
          A copy of everything Caregraph holds about you — your account, consents, bookings and care plans — as one file (JSON, which other services can read).
        </p>
        {exported && (
          <Notice>
            <p>{exported}</p>
          </Notice>
        )}
        {exportProblem && (
          <ErrorSummary title="Your data could not be downloaded">
            <p>{exportProblem}</p>
          </ErrorSummary>
        )}
        <button type="button" className="button button--secondary" disabled={exporting} aria-busy={exporting} onClick={() => void download()}>
          {exporting ? 'Preparing your download…' : 'Download my data'}
        </button>
      </section>
      <DeleteAccountSection />
    </Page>
  );
}
