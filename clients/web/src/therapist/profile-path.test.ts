import { listingSlug, profilePath } from './profile-path';

describe('a listing’s readable address', () => {
  it('is its id and then its name and town in plain lower-case words', () => {
    expect(profilePath({ id: '9a35c14c-586b-55a2-83e9-709594aea51d', displayName: 'Eilidh Ingham', city: 'Manchester' })).toBe('/therapists/9a35c14c-586b-55a2-83e9-709594aea51d/eilidh-ingham-manchester');
  });

  it('drops accents, apostrophes and punctuation, and keeps to 80 characters', () => {
    expect(listingSlug({ displayName: "Siobhán O'Néill-Brady, BSc (Hons)", city: 'Newcastle upon Tyne' })).toBe('siobhan-o-neill-brady-bsc-hons-newcastle-upon-tyne');
    const long = listingSlug({ displayName: 'A'.repeat(60) + ' ' + 'B'.repeat(60), city: null });
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/-$/);
  });

  it('is the id alone when the name has no letters or digits to show', () => {
    expect(profilePath({ id: 'x1', displayName: '— ', city: '' })).toBe('/therapists/x1');
  });
});
