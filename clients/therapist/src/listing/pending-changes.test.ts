import type { OwnListingFragment } from '../gql/graphql';
import { listingFixture } from './listing-fixture';
import { formFromListing, updateInputOf } from './listing-form';
import { pendingChangeRows } from './pending-changes';

const published = (pendingChanges: NonNullable<OwnListingFragment['privateDetails']>['pendingChanges']) =>
  listingFixture({ status: 'APPROVED', listed: true, publishedAt: '2026-11-02T09:00:00.000Z', conditions: ['ANXIETY', 'PTSD_TRAUMA'] }, { pendingChanges });

describe('pending changes against the live listing', () => {
  it('shows nothing when no change waits', () => {
    expect(pendingChangeRows(published(null))).toEqual([]);
  });

  it('sets each proposed checked field against what clients see now, in words', () => {
    const rows = pendingChangeRows(
      published({ displayName: 'Sam Example-Jones', hcpcNumber: null, conditions: ['ANXIETY'], sessionFormats: ['ONLINE', 'HOME_VISIT'], proposedAt: '2026-11-03T10:00:00.000Z' }),
    );
    expect(rows).toEqual([
      { field: 'displayName', label: 'Name shown to clients', live: 'Sam Example', proposed: 'Sam Example-Jones' },
      { field: 'conditions', label: 'Conditions you help with', live: 'Anxiety disorders, PTSD and trauma', proposed: 'Anxiety disorders' },
      { field: 'sessionFormats', label: 'How you see clients', live: 'A video session', proposed: "A session at the client's home, A video session" },
    ]);
  });

  it('leaves out a proposal equal to the live value, whatever the order of a list', () => {
    expect(pendingChangeRows(published({ displayName: null, hcpcNumber: null, conditions: ['PTSD_TRAUMA', 'ANXIETY'], sessionFormats: null, proposedAt: '2026-11-03T10:00:00.000Z' }))).toEqual([]);
  });

  it('fills the form with the proposals, so saving another field does not withdraw them', () => {
    const listing = published({ displayName: 'Sam Example-Jones', hcpcNumber: null, conditions: null, sessionFormats: null, proposedAt: '2026-11-03T10:00:00.000Z' });
    const initial = formFromListing(listing);
    expect(initial.displayName).toBe('Sam Example-Jones');
    expect(updateInputOf(initial, { ...initial, city: 'Bradford' })).toEqual({ city: 'Bradford' });
  });
});
