// The notification settings and the unsubscribe page as a person (or a screen reader) meets them; the
// bell and its panel are the kit's, tested there. The graph's answers here are fixed (MockedProvider);
// the browser tests in test/client-apps/web-client.suite.ts run the same screens on the real platform.
import { MockedProvider } from '@apollo/client/testing/react';
import { NOTIFICATION_PREFERENCES, UNSUBSCRIBE, UPDATE_NOTIFICATION_PREFERENCES } from '@caregraph/client-kit/notifications';
import { axeViolations } from '@caregraph/client-kit/testing/axe';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { NotificationSettingsSection } from './NotificationSettingsSection';
import { UnsubscribePage, BAD_LINK } from './UnsubscribePage';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderWith(mocks: readonly object[], element: ReactNode, at = '/') {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={[at]}>
        {element}
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the notification settings', () => {
  const preferences = (reminders: boolean, invitations: boolean) => ({
    __typename: 'NotificationPreferences' as const,
    reminders,
    invitations,
  });

  it('explains essential messages, shows the choices and saves one as soon as it changes', async () => {
    const { container } = renderWith(
      [
        { request: { query: NOTIFICATION_PREFERENCES }, result: { data: { myNotificationPreferences: preferences(true, true) } } },
        { request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { input: { reminders: false } } }, result: { data: { updateNotificationPreferences: preferences(false, true) } } },
      ],
      <NotificationSettingsSection />,
    );
    const reminders = await screen.findByRole('checkbox', { name: 'Session reminders' });
    expect(screen.getByText(/Messages about your bookings .* are always sent/)).toBeInTheDocument();
    expect(reminders).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check-in invitations' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(reminders);
    expect(await screen.findByText('Session reminders are now off.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Session reminders' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check-in invitations' })).toBeChecked();
  });

  it('says when a change was not saved and keeps the box as it was', async () => {
    renderWith(
      [
        { request: { query: NOTIFICATION_PREFERENCES }, result: { data: { myNotificationPreferences: preferences(true, true) } } },
        { request: { query: UPDATE_NOTIFICATION_PREFERENCES, variables: { input: { invitations: false } } }, result: { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] } },
      ],
      <NotificationSettingsSection />,
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Check-in invitations' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended. Please sign in again.');
    expect(screen.getByRole('checkbox', { name: 'Check-in invitations' })).toBeChecked();
  });
});

describe('the unsubscribe page', () => {
  const page = <Routes><Route path="/unsubscribe" element={<UnsubscribePage />} /></Routes>;

  it('turns the kind off with one press, signed out, and says what changed', async () => {
    const { container } = renderWith([{ request: { query: UNSUBSCRIBE, variables: { token: 'tok-123' } }, result: { data: { unsubscribe: { __typename: 'UnsubscribeResult', category: 'REMINDER' } } } }], page, '/unsubscribe?token=tok-123');
    expect(screen.getByRole('heading', { name: 'Unsubscribe', level: 1 })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Turn these off' }));
    expect(await screen.findByRole('status')).toHaveTextContent('you will no longer get session reminders or waitlist alerts, by e-mail or in the app');
    expect(screen.queryByRole('button', { name: 'Turn these off' })).not.toBeInTheDocument();
  });

  it('says the link is not right when the token is refused', async () => {
    renderWith([{ request: { query: UNSUBSCRIBE, variables: { token: 'forged' } }, result: { errors: [{ message: 'token is not valid.', extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] } }], page, '/unsubscribe?token=forged');
    await userEvent.click(screen.getByRole('button', { name: 'Turn these off' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(BAD_LINK);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says the link is not right when it has no token, with nothing to press', () => {
    renderWith([], page, '/unsubscribe');
    expect(screen.getByRole('alert')).toHaveTextContent(BAD_LINK);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
