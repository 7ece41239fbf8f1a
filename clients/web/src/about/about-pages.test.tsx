// The pages that explain the service, as a person arriving from a search engine meets them: each route of
// the app renders its one heading, its document title, description and canonical address in <head>, the
// links onward and the crisis help in the footer; every condition of the vocabulary is on the conditions
// page, and its link opens the directory searching for it. The app is rendered whole (routes, frame,
// search page); the graph's answers are fixed (MockedProvider). test/client-apps/web-client.suite.ts follows the
// same links in a browser against the real platform.
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { BusyStore, SessionStore, type SessionManager } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { SessionProvider } from '@caregraph/client-kit/session-context';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { SEARCH_THERAPISTS } from '../search/operations';
import { DIRECTORY_DESCRIPTION } from '../search/SearchPage';
import { ABOUT, ABOUT_PAGES } from './about-pages';
import { CONDITION_WORDS, type Condition } from './condition-words';

const CONDITIONS = Object.keys(CONDITION_LABELS) as Condition[];

/** The directory's first page for a search by one condition (or none), with one made-up listing. */
function searchAnswer(condition?: Condition): MockLink.MockedResponse {
  const therapist = {
    __typename: 'Therapist',
    id: `t-${condition ?? 'any'}`,
    displayName: `Listing for ${condition ?? 'anything'}`,
    headline: null,
    city: 'Testville',
    outwardCode: 'ZZ1',
    conditions: condition ? [condition] : [],
    sessionFormats: ['ONLINE'],
    languages: ['ENGLISH'],
    fee: { __typename: 'Money', amountPence: 6000, currency: 'GBP' },
    hcpcVerification: { __typename: 'HcpcVerification', status: 'VERIFIED' },
    nextAvailableSlot: null,
  };
  return {
    request: { query: SEARCH_THERAPISTS, variables: { first: 10, filter: condition ? { conditions: [condition] } : {}, sort: 'NEWEST' } },
    result: {
      data: {
        searchTherapists: {
          __typename: 'TherapistSearchConnection',
          totalCount: 1,
          totalCountIsExact: true,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [{ __typename: 'TherapistSearchEdge', cursor: 'c1', distanceKm: null, node: therapist }],
        },
      },
    },
  };
}

function renderApp(at: string, mocks: readonly MockLink.MockedResponse[] = []) {
  const store = new SessionStore('about-pages-test', window.sessionStorage);
  return render(
    <MockedProvider mocks={mocks}>
      <BusyProvider store={new BusyStore()}>
        <SessionProvider store={store} sessions={{} as SessionManager}>
          <MemoryRouter initialEntries={[at]}>
            <App />
          </MemoryRouter>
        </SessionProvider>
      </BusyProvider>
    </MockedProvider>,
  );
}

const description = () => document.head.querySelector('meta[name="description"]')?.getAttribute('content');
const canonical = () => document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');

describe('the pages about the service', () => {
  it.each(ABOUT_PAGES.map((page) => [page.path, page] as const))('%s has its heading, title, description, canonical address and links onward', async (path, page) => {
    const { container } = renderApp(path);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(page.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // The kit's Page moves the focus to the heading; the title is the page's own <title>, hoisted into <head>.
    expect(heading).toHaveFocus();
    expect(document.title).toBe(`${page.title} — Caregraph`);
    expect(document.head.querySelectorAll('title')).toHaveLength(1);
    expect(description()).toBe(page.description);
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(canonical()).toBe(`${window.location.origin}${path}`);

    // Onward: every other page about the service, and the directory.
    const onward = screen.getByRole('navigation', { name: 'More about Caregraph' });
    for (const other of ABOUT_PAGES.filter((p) => p !== page)) expect(within(onward).getByRole('link', { name: other.title })).toHaveAttribute('href', other.path);
    expect(within(onward).queryByRole('link', { name: page.title })).not.toBeInTheDocument();
    expect(within(onward).getByRole('link', { name: 'Find a therapist' })).toHaveAttribute('href', '/');
    // The crisis help stays in the footer, with the links to these pages.
    expect(screen.getByRole('contentinfo')).toHaveTextContent('If you are in crisis or feel unsafe, call 999');
    expect(within(screen.getByRole('navigation', { name: 'About Caregraph' })).getByRole('link', { name: 'About occupational therapy' })).toHaveAttribute('href', ABOUT.occupationalTherapy.path);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('gives the next screen its own title, description and canonical address when the person leaves', async () => {
    renderApp(ABOUT.funding.path, [searchAnswer()]);
    expect(document.title).toBe('Paying for sessions — Caregraph');
    await userEvent.click(within(screen.getByRole('main')).getByRole('link', { name: 'Find a therapist' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Find an occupational therapist' })).toBeInTheDocument();
    expect(document.title).toBe('Find an occupational therapist — Caregraph');
    expect(document.head.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(description()).toBe(DIRECTORY_DESCRIPTION);
    expect(canonical()).toBe(`${window.location.origin}/`);
    // And back again, from the footer of the search page.
    await userEvent.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'About occupational therapy' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(ABOUT.occupationalTherapy.title);
    expect(document.title).toBe(`${ABOUT.occupationalTherapy.title} — Caregraph`);
    expect(description()).toBe(ABOUT.occupationalTherapy.description);
  });
});

describe('the conditions page', () => {
  it('names every condition the directory searches by, each with its sentence and the search for it', () => {
    renderApp(ABOUT.conditions.path);
    for (const condition of CONDITIONS) {
      const section = screen.getByRole('region', { name: CONDITION_LABELS[condition] });
      expect(section).toHaveTextContent(CONDITION_WORDS[condition]);
      expect(within(section).getByRole('link', { name: /^Find therapists for / })).toHaveAttribute('href', `/?condition=${condition}`);
    }
    expect(screen.getAllByRole('link', { name: /^Find therapists for / })).toHaveLength(CONDITIONS.length);
    expect(screen.getByRole('link', { name: 'Find therapists for PTSD and trauma' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find therapists for anxiety disorders' })).toBeInTheDocument();
  });

  it.each(CONDITIONS)('opens the directory searching for %s', async (condition) => {
    renderApp(ABOUT.conditions.path, [searchAnswer(condition)]);
    const section = screen.getByRole('region', { name: CONDITION_LABELS[condition] });
    await userEvent.click(within(section).getByRole('link'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Find an occupational therapist' })).toBeInTheDocument();
    // The search form shows the condition, and the graph was asked for it (the only answer it has).
    expect(screen.getByLabelText('What would you like help with?')).toHaveValue(condition);
    expect(await screen.findByText('1 therapist found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Listing for ${condition}` })).toBeInTheDocument();
  });
});
