import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { listingFixture } from './listing-fixture';
import { missingFieldLinks, missingFields, missingFieldsOf } from './missing-fields';

describe('the fields a listing still needs before review', () => {
  it('finds nothing missing in a complete listing, and needs no travel radius without home visits', () => {
    expect(missingFields(listingFixture())).toEqual([]);
  });

  it('lists every empty required field in form order, and the travel radius for home visits', () => {
    const listing = listingFixture(
      { headline: '  ', biography: null, yearsOfExperience: null, languages: [], fee: null, sessionFormats: ['HOME_VISIT'], travelRadiusKm: null, city: null },
      { postcode: null },
    );
    expect(missingFields(listing)).toEqual(['headline', 'biography', 'yearsOfExperience', 'languages', 'feePence', 'city', 'postcode', 'travelRadiusKm']);
  });

  it('does not ask for the optional photo or gender', () => {
    expect(missingFields(listingFixture({ photoUrl: null, gender: null }))).toEqual([]);
  });

  it('reads the list the graph sent with a refused submission, and names each field as the form does', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'The listing cannot be sent for review yet: fill in headline, feePence.', extensions: { code: 'BAD_USER_INPUT', field: 'headline', missingFields: ['headline', 'feePence'] } }],
    });
    expect(missingFieldsOf(error)).toEqual(['headline', 'feePence']);
    expect(missingFieldLinks(['headline', 'feePence', 'somethingNew'])).toEqual([
      { field: 'headline', label: 'Headline' },
      { field: 'feePence', label: 'Fee per session' },
      { field: 'somethingNew', label: 'somethingNew' },
    ]);
  });

  it('finds no list in other errors', () => {
    expect(missingFieldsOf(new CombinedGraphQLErrors({ errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] }))).toBeUndefined();
    expect(missingFieldsOf(new Error('offline'))).toBeUndefined();
  });
});
