// The account actions as an admin uses them: what an account offers, the reason every action asks
// for, the new role, the keyboard, and never on the admin's own account. The data provider here
// records calls (it is tested on the real graph in data/admin-resources.suite.ts).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, RecordContextProvider, ResourceContextProvider, testDataProvider, type AuthProvider } from 'react-admin';
import type { UserDetailFragment } from '../gql/graphql';
import { UserActions } from './UserActions';

function account(overrides: Partial<UserDetailFragment> = {}): UserDetailFragment {
  return {
    id: 'u-7', displayName: 'Sam Example', email: 'sam@example.org', role: 'CLIENT', createdAt: '2026-01-02T10:00:00.000Z', emailVerified: true, lockedAt: null,
    mfaEnabled: false, hasHealthDataConsent: true, consents: [], therapistProfile: null, ...overrides,
  };
}

const authProvider: AuthProvider = {
  login: async () => undefined, logout: async () => undefined, checkAuth: async () => undefined, checkError: async () => undefined,
  getIdentity: async () => ({ id: 'admin-1', fullName: 'Caregraph Admin' }),
};

function renderActions(record: UserDetailFragment) {
  const calls: { resource: string; params: any }[] = [];
  const provider = testDataProvider({
    update: async (resource, params) => {
      calls.push({ resource, params });
      return { data: { ...params.previousData, lockedAt: '2026-03-01T10:00:00.000Z' } } as never;
    },
    getOne: async () => ({ data: record }) as never,
  });
  render(
    <AdminContext dataProvider={provider} authProvider={authProvider}>
      <ResourceContextProvider value="users">
        <RecordContextProvider value={record}>
          <UserActions />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return calls;
}

describe('account actions', () => {
  it('locks an open account only with a reason, from the keyboard', async () => {
    const user = userEvent.setup();
    const calls = renderActions(account());
    const lock = await screen.findByRole('button', { name: 'Lock account' });
    expect(screen.queryByRole('button', { name: 'Unlock account' })).toBeNull();
    lock.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Lock account: Sam Example' });
    await waitFor(() => expect(within(dialog).getByLabelText(/Reason/)).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Lock account' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Reason: please give one/);
    expect(calls).toHaveLength(0);
    // The reason field has focus: type, then Tab to the confirm button and press Enter.
    await user.keyboard('Reported account sharing');
    expect(within(dialog).getByLabelText(/Reason/)).toHaveValue('Reported account sharing');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Cancel');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Lock account');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ resource: 'users', params: { id: 'u-7', data: { action: 'lock', reason: 'Reported account sharing' } } });
  });

  it('unlocks a locked account, and changes a role only once a new role is chosen', async () => {
    const user = userEvent.setup();
    const calls = renderActions(account({ lockedAt: '2026-02-01T10:00:00.000Z' }));
    await user.click(await screen.findByRole('button', { name: 'Unlock account' }));
    const unlock = screen.getByRole('dialog', { name: 'Unlock account: Sam Example' });
    await user.type(within(unlock).getByLabelText(/Reason/), 'Owner confirmed by phone');
    await user.click(within(unlock).getByRole('button', { name: 'Unlock account' }));
    await waitFor(() => expect(calls.map((c) => c.params.data.action)).toEqual(['unlock']));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Change role' }));
    // Looked up afresh each time: the dialog re-renders as it opens.
    const dialog = () => screen.getByRole('dialog', { name: 'Change role: Sam Example' });
    await waitFor(() => expect(within(dialog()).getByRole('combobox', { name: /New role/ })).toHaveFocus());
    await user.type(within(dialog()).getByLabelText(/Reason/), 'Registered as an OT');
    await user.click(within(dialog()).getByRole('button', { name: 'Change role' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(/New role: please choose one/);
    await user.click(within(dialog()).getByRole('combobox', { name: /New role/ }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Therapist', 'Admin']);
    await user.click(screen.getByRole('option', { name: 'Therapist' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Change role' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].params.data).toEqual({ action: 'changeRole', role: 'THERAPIST', reason: 'Registered as an OT' });
  });

  it('offers nothing on the admin’s own account', async () => {
    renderActions(account({ id: 'admin-1', role: 'ADMIN' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Change role' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Lock account' })).toBeNull();
  });
});
