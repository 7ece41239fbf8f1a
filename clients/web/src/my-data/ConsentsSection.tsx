import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { CONSENT_DOCUMENTS } from '../auth/operations';
import { formatDate } from '../format/format';
import type { MyAccountQuery } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { ACCEPT_CONSENTS } from './operations';

const KIND_TITLES: Record<string, string> = {
  TERMS_OF_USE: 'Terms of use',
  PRIVACY_NOTICE: 'Privacy notice',
  HEALTH_DATA_PROCESSING: 'Using information about your health',
};

/** Where the person stands with each consent, and a way to give the one that is missing or out of date. */
export function ConsentsSection({ consents }: { consents: NonNullable<MyAccountQuery['me']['consents']> }) {
  const documents = useQuery(CONSENT_DOCUMENTS);
  const [accept, { loading }] = useMutation(ACCEPT_CONSENTS);
  const [problem, setProblem] = useState<string>();

  async function give(kind: string) {
    const document = documents.data?.consentDocuments.find((d) => d.kind === kind);
    if (!document) return;
    setProblem(undefined);
    try {
      await accept({ variables: { input: [{ kind: document.kind, version: document.version }] } });
    } catch (error) {
      setProblem(describeError(error, 'consent').message);
    }
  }

  return (
    <section aria-labelledby="consents-heading">
      <h2 id="consents-heading">Your consents</h2>
      {problem && (
        <ErrorSummary title="Your consent was not recorded">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <ul className="plain-list">
        {consents.map((consent) => (
          <li key={consent.kind} className="consent">
            <strong>{KIND_TITLES[consent.kind] ?? consent.kind}</strong>:{' '}
            {consent.upToDate
              ? `agreed${consent.changedAt ? ` on ${formatDate(consent.changedAt)}` : ''} (version ${consent.version})`
              : consent.given
                ? `you agreed to an earlier version; the current one is ${consent.currentVersion}`
                : 'not given'}
            {!consent.upToDate && (
              <button type="button" className="button button--secondary button--small" disabled={loading || !documents.data} onClick={() => void give(consent.kind)}>
                Agree to the current version<span className="visually-hidden"> of the {KIND_TITLES[consent.kind] ?? consent.kind}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
