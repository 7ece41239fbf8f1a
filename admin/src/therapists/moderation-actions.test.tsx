// The moderation actions as an admin uses them: which steps a listing offers, what each asks for,
// the keyboard, and undo for bulk steps. The data provider here records calls (it is tested on the
// real graph in data-provider.test.ts).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ListContextProvider, Notification, RecordContextProvider, ResourceContextProvider, testDataProvider, type ListControllerResult } from 'react-admin';
import type { ListingDetailFragment } from '../gql/graphql';
import { BulkModerationButtons } from './BulkModerationButtons';
import { ModerationButtons } from './ModerationButtons';

function listing(overrides: Partial<ListingDetailFragment> = {}): ListingDetailFragment {
  return {
    id: 'l-1', displayName: 'Ada Lovelace', headline: null, hcpcNumber: 'OT900004', conditions: ['ANXIETY'], sessionFormats: ['ONLINE'], city: 'Leeds', outwardCode: 'LS6',
    status: 'PENDING_REVIEW', listed: false, createdAt: '2026-01-02T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z', publishedAt: null, version: 3, fee: null,
    hcpcVerification: { status: 'UNVERIFIED', verifiedAt: null, registerExpiresOn: null },
    biography: null, photoUrl: null, yearsOfExperience: null, languages: [], gender: null, approaches: [], fundingOptions: [], sessionMinutes: null, travelRadiusKm: null,
    user: { id: 'u-1', displayName: 'Ada Lovelace', email: 'ada@example.org' },
    privateDetails: { postcode: 'LS6 2AB', hidden: false, reviewRequestedAt: null, hcpcVerificationNotes: null, hcpcVerifiedBy: null, pendingChanges: null, moderationHistory: [] },
    ...overrides,
  };
}

function recordingProvider() {
  const calls: { method: string; resource: string; params: any }[] = [];
  const provider = testDataProvider({
    update: async (resource, params) => {
      calls.push({ method: 'update', resource, params });
      return { data: { ...params.previousData, status: 'APPROVED' } } as never;
    },
    updateMany: async (resource, params) => {
      calls.push({ method: 'updateMany', resource, params });
      return { data: params.ids } as never;
    },
    getOne: async (_resource, params) => ({ data: listing({ id: String(params.id) }) }) as never,
  });
  return { calls, provider };
}

function renderButtons(record: ListingDetailFragment) {
  const { calls, provider } = recordingProvider();
  render(
    <AdminContext dataProvider={provider}>
      <ResourceContextProvider value="therapists">
        <RecordContextProvider value={record}>
          <ModerationButtons />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return calls;
}

describe('moderation actions on one listing', () => {
  it('offers only the steps the listing’s status allows', () => {
    renderButtons(listing());
    const group = screen.getByRole('group', { name: 'Moderation actions' });
    const names = within(group).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Approve', 'Request changes', 'Reject', 'Mark HCPC verified', 'Mark HCPC lapsed']);
  });

  it('offers suspend to an approved listing and reinstate to a suspended one; pending changes get their own steps', () => {
    renderButtons(listing({ status: 'APPROVED', listed: true, privateDetails: { ...listing().privateDetails!, pendingChanges: { displayName: 'Ada L.', hcpcNumber: null, conditions: null, sessionFormats: null, proposedAt: '2026-01-05T09:00:00.000Z' } } }));
    expect(screen.getByRole('button', { name: 'Suspend' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Approve changes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Decline changes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reinstate' })).toBeNull();
  });

  it('asks for the reason before rejecting, then sends it with the version shown', async () => {
    const user = userEvent.setup();
    const calls = renderButtons(listing());
    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject: Ada Lovelace' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject listing' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('please give one');
    expect(calls).toEqual([]);
    await user.type(within(dialog).getByLabelText(/Reason for rejecting/), 'Not on the register');
    await user.click(within(dialog).getByRole('button', { name: 'Reject listing' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'update', resource: 'therapists', params: { id: 'l-1', data: { action: 'reject', reason: 'Not on the register' }, previousData: { version: 3 } } });
  });

  it('needs the register expiry date to approve a listing whose HCPC registration is not verified', async () => {
    const user = userEvent.setup();
    const calls = renderButtons(listing());
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Approve and publish' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Register expiry date');
    await user.type(within(dialog).getByLabelText(/HCPC register expiry date/), '2030-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Approve and publish' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].params.data).toEqual({ action: 'approve', reason: undefined, registerExpiresOn: '2030-03-31' });
  });

  it('works from the keyboard: Enter opens a step, the reason has focus, Escape cancels', async () => {
    const user = userEvent.setup();
    const calls = renderButtons(listing({ status: 'APPROVED', listed: true }));
    act(() => screen.getByRole('button', { name: 'Suspend' }).focus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Suspend: Ada Lovelace' });
    expect(within(dialog).getByLabelText(/Reason for suspending/)).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);
  });
});

describe('bulk moderation from the list', () => {
  function renderBulk() {
    const { calls, provider } = recordingProvider();
    const data = [listing({ id: 'a', version: 2 }), listing({ id: 'b', version: 5, displayName: 'Grace Hopper' })];
    const context = { selectedIds: ['a', 'b'], data, resource: 'therapists', onUnselectItems: () => undefined } as unknown as ListControllerResult;
    render(
      <AdminContext dataProvider={provider}>
        <ResourceContextProvider value="therapists">
          <ListContextProvider value={context}>
            <BulkModerationButtons resource="therapists" />
          </ListContextProvider>
        </ResourceContextProvider>
        <Notification />
      </AdminContext>,
    );
    return calls;
  }

  it('rejects the selected listings with one reason, and can be undone before anything is sent', async () => {
    const user = userEvent.setup();
    const calls = renderBulk();
    await user.click(screen.getByRole('button', { name: 'Reject selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject: 2 listings' });
    await user.type(within(dialog).getByLabelText(/Reason for rejecting/), 'Duplicate listings');
    await user.click(within(dialog).getByRole('button', { name: 'Reject listing' }));
    await user.click(await screen.findByRole('button', { name: /undo/i }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(calls).toEqual([]);
  });

  it('approves the selected listings once the undo window has passed, with the versions shown', async () => {
    const user = userEvent.setup();
    const calls = renderBulk();
    await user.click(screen.getByRole('button', { name: 'Approve selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve: 2 listings' });
    await user.type(within(dialog).getByLabelText(/HCPC register expiry date/), '2030-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Approve and publish' }));
    await screen.findByRole('button', { name: /undo/i });
    expect(calls).toEqual([]);
    await waitFor(() => expect(calls).toHaveLength(1), { timeout: 8000 });
    expect(calls[0]).toMatchObject({ method: 'updateMany', resource: 'therapists', params: { ids: ['a', 'b'], data: { action: 'approve', registerExpiresOn: '2030-03-31' }, meta: { versions: { a: 2, b: 5 } } } });
  }, 15_000);
});
