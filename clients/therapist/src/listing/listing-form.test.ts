import { listingFixture } from './listing-fixture';
import { createInputOf, EMPTY_LISTING_FORM, formFromListing, poundsToPence, updateInputOf, validateListingForm } from './listing-form';

describe('the listing form and the graph inputs', () => {
  it('starts a new listing with the account name and creates it with only what is filled in', () => {
    const form = { ...formFromListing(null, 'Sam Example'), hcpcNumber: 'ot12345', feePence: '75.5', languages: ['ENGLISH' as const], city: '  ' };
    expect(form.displayName).toBe('Sam Example');
    expect(createInputOf(form)).toEqual({ displayName: 'Sam Example', hcpcNumber: 'OT12345', feePence: 7550, languages: ['ENGLISH'] });
  });

  it('round-trips a listing: an untouched form changes nothing', () => {
    const form = formFromListing(listingFixture());
    expect(form.feePence).toBe('75.50');
    expect(form.postcode).toBe('LS6 2AB');
    expect(updateInputOf(form, { ...form })).toEqual({});
  });

  it('sends only the changed fields, a cleared one as null', () => {
    const form = formFromListing(listingFixture());
    expect(updateInputOf(form, { ...form, headline: '', feePence: '80', sessionMinutes: '50', languages: ['WELSH', 'ENGLISH'] })).toEqual({
      headline: null,
      feePence: 8000,
      sessionMinutes: 50,
      languages: ['WELSH', 'ENGLISH'],
    });
  });

  it('reads fees as people type them', () => {
    expect(poundsToPence('£1,000')).toBe(100000);
    expect(poundsToPence('75.5')).toBe(7550);
    expect(poundsToPence('seventy')).toBeUndefined();
  });

  it('checks what the browser can before asking the graph', () => {
    expect(validateListingForm({ ...EMPTY_LISTING_FORM, displayName: 'S', hcpcNumber: 'AB1', feePence: 'lots', sessionMinutes: '5', photoUrl: 'http://x' })).toEqual({
      displayName: expect.any(String),
      hcpcNumber: expect.any(String),
      feePence: expect.any(String),
      sessionMinutes: expect.any(String),
      photoUrl: expect.any(String),
    });
    expect(validateListingForm(formFromListing(listingFixture()))).toEqual({});
  });
});
