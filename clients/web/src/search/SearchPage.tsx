import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { ResponseStatus } from '../server/render-context';
import { SEARCH_THERAPISTS } from './operations';
import { resultsSummary } from './results-summary';
import { SearchForm } from './SearchForm';
import { canonicalSearchPath, formFromParams, paramsFromForm, searchVariables } from './search-params';
import { TherapistCard } from './TherapistCard';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

const PAGE_SIZE = 10;

/** What a search engine shows under the directory (its meta description, which React puts in `<head>`). */
export const DIRECTORY_DESCRIPTION =
  'Find an HCPC-registered occupational therapist for mental-health recovery, book sessions at home or online, and manage your data.';

export function SearchPage() {
  const focusAfterRender = useFocusAfterRender();
  const [params, setParams] = useSearchParams();
  const form = useMemo(() => formFromParams(params), [params]);
  const variables = useMemo(() => ({ first: PAGE_SIZE, ...searchVariables(form) }), [form]);
  const { data, loading, error, fetchMore } = useQuery(SEARCH_THERAPISTS, { variables, notifyOnNetworkStatusChange: true });
  const [moreError, setMoreError] = useState<string>();
  const results = data?.searchTherapists;

  async function showMore() {
    setMoreError(undefined);
    const shown = results?.edges.length ?? 0;
    try {
      await fetchMore({ variables: { after: results?.pageInfo.endCursor } });
      // Keyboard and screen-reader users carry on from the first new result, not from the top.
      focusAfterRender(() => document.querySelectorAll<HTMLElement>('.results .card__title a')[shown]);
    } catch (e) {
      setMoreError(describeError(e, 'search').message);
    }
  }

  return (
    <Page
      title="Find an occupational therapist"
      description={DIRECTORY_DESCRIPTION}
      canonicalPath={canonicalSearchPath(paramsFromForm(form))}
    >
      <p className="lede">Occupational therapists help you get back to the everyday things that matter to you, one small step at a time.</p>
      <SearchForm key={params.toString()} initial={form} onSearch={(next) => setParams(paramsFromForm(next))} />
      <section aria-labelledby="results-heading" className="results">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <div role="status" className="status">
          {loading && !results ? 'Searching…' : results ? resultsSummary(results.totalCount, results.totalCountIsExact) : ''}
        </div>
        {error && <ResponseStatus status={503} />}
        {error && (
          <ErrorSummary title="The search did not work">
            <p>{describeError(error, 'search').message}</p>
          </ErrorSummary>
        )}
        {results && results.totalCount === 0 && <p>No therapists match all of these filters. Try a larger distance, a higher fee, or fewer filters.</p>}
        <ul className="card-list">
          {results?.edges.map((edge) => (
            <li key={edge.node.id}>
              <TherapistCard therapist={edge.node} distanceKm={edge.distanceKm} />
            </li>
          ))}
        </ul>
        {moreError && (
          <ErrorSummary title="More results could not be loaded">
            <p>{moreError}</p>
          </ErrorSummary>
        )}
        {results?.pageInfo.hasNextPage &&
          (loading ? (
            <Loading>Loading more therapists…</Loading>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => void showMore()}>
              Show more therapists
            </button>
          ))}
      </section>
    </Page>
  );
}
