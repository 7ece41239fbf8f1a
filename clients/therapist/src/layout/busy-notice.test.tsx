// The workspace's "busy, trying again" notice in its frame: one calm polite status while any request
// waits to be tried again (say, acknowledging a risk flag while Caregraph is overloaded), gone when
// the requests are answered. The kit's tests drive the BusyStore from a real server's OVERLOADED answers.
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
                <Route index element={<h1>Today</h1>} />
              </Route>
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </BusyProvider>
    </MockedProvider>,
  );
}

describe('the busy notice', () => {
  it('is one polite status while requests wait, in the live region that was there before, and goes when they are answered', async () => {
    const busy = new BusyStore();
    const { container } = renderFrame(busy);
    const region = screen.getAllByRole('status').find((element) => element.textContent === '');
    expect(region).toHaveAttribute('aria-live', 'polite');

    const acknowledge = Symbol('acknowledge');
    const today = Symbol('today');
    act(() => {
      busy.waitUntil(acknowledge, Date.now() + 4_000);
      busy.waitUntil(today, Date.now() + 6_000);
    });
    const notice = screen.getByText(/very busy/);
    expect(notice).toHaveTextContent(/^Caregraph is very busy at the moment\. We will try again in about 4 seconds; there is no need to do anything\.$/);
    expect(notice).toHaveClass('busy-notice');
    expect(region).toContainElement(notice);
    expect(screen.getAllByText(/very busy/)).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    act(() => {
      busy.settled(acknowledge);
      busy.settled(today);
    });
    expect(screen.queryByText(/very busy/)).not.toBeInTheDocument();
    expect(region).toBeInTheDocument();
  });
});
