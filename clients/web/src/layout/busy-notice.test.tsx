// The "busy, trying again" notice as a person (or a screen reader) meets it in the app's frame: one
// calm polite status while any request waits to be tried again, gone when the requests are answered.
// The waits are written straight into the BusyStore here; the kit's tests drive it from a real
// server's OVERLOADED answers, and test/client-apps/web-client.suite.ts does both in a browser.
import { MockedProvider } from '@apollo/client/testing/react';
import { BusyStore, SessionStore, type SessionManager } from '@caregraph/client-kit';
import { BusyProvider } from '@caregraph/client-kit/busy';
import { SessionProvider } from '@caregraph/client-kit/session-context';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';

function renderFrame(busy: BusyStore) {
  const store = new SessionStore('busy-notice-test', window.sessionStorage);
  return render(
    <MockedProvider mocks={[]}>
      <BusyProvider store={busy}>
        <SessionProvider store={store} sessions={{} as SessionManager}>
          <MemoryRouter>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<h1>Find a therapist</h1>} />
              </Route>
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </BusyProvider>
    </MockedProvider>,
  );
}

const busyWords = /^Caregraph is very busy at the moment\. We will try again in about \d+ seconds; there is no need to do anything\.$/;

describe('the busy notice', () => {
  it('is one polite status while requests wait to be tried again, and goes when they are answered', async () => {
    const busy = new BusyStore();
    const { container } = renderFrame(busy);
    // The live region is there, empty, before anything happens: a region added with its text is often not read out.
    const region = screen.getAllByRole('status').find((element) => element.querySelector('.busy-notice') === null && element.textContent === '');
    expect(region).toBeDefined();
    expect(region).toHaveAttribute('aria-live', 'polite');

    const search = Symbol('search');
    const profile = Symbol('profile');
    act(() => {
      busy.waitUntil(search, Date.now() + 5_000);
      busy.waitUntil(profile, Date.now() + 3_000);
    });
    // One notice for both, saying the sooner time; not an alert.
    expect(screen.getAllByText(busyWords)).toHaveLength(1);
    expect(screen.getByText(busyWords)).toHaveTextContent('in about 3 seconds');
    expect(screen.getByText(busyWords)).toHaveClass('busy-notice');
    expect(region).toContainElement(screen.getByText(busyWords));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() => busy.settled(profile));
    expect(screen.getByText(busyWords)).toHaveTextContent('in about 5 seconds');
    // Checked after the seconds: axe can take a second on a busy machine, and the notice counts down meanwhile.
    expect(await axeViolations(container)).toEqual([]);
    act(() => busy.settled(search));
    expect(screen.queryByText(/very busy/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Find a therapist' })).toBeInTheDocument();
  });

  it('says "in a moment" while the retry is being sent', () => {
    const busy = new BusyStore();
    renderFrame(busy);
    act(() => busy.waitUntil(Symbol('search'), Date.now() - 10));
    expect(screen.getByText(/very busy/)).toHaveTextContent('Caregraph is very busy at the moment. We will try again in a moment; there is no need to do anything.');
  });
});
