import { canonicalSearchPath, formFromParams, paramsFromForm, searchPath, searchVariables, EMPTY_SEARCH } from './search-params';

describe('a search in the address', () => {
  it('round-trips through the query string, leaving empty filters out', () => {
    const form = { ...EMPTY_SEARCH, condition: 'ANXIETY', postcode: 'LS6 2AB', maxFee: '80' };
    const params = paramsFromForm(form);
    expect(params.toString()).toBe('condition=ANXIETY&postcode=LS6+2AB&maxFee=80');
    expect(formFromParams(params)).toEqual(form);
  });

  it('becomes the graph’s filter: fee in pence, postcode normalised with the default radius, nearest first', () => {
    expect(searchVariables({ condition: 'ANXIETY', format: 'HOME_VISIT', postcode: 'ls62ab', radiusKm: '', maxFee: '75.50', language: 'WELSH', funding: 'NHS_REFERRAL' })).toEqual({
      filter: { conditions: ['ANXIETY'], format: 'HOME_VISIT', language: 'WELSH', funding: 'NHS_REFERRAL', maxFeePence: 7550, near: { postcode: 'LS6 2AB', radiusKm: 25 } },
      sort: 'DISTANCE',
    });
  });

  it('leaves out a choice the graph does not offer (an address edited by hand, or an old one)', () => {
    expect(formFromParams(new URLSearchParams('condition=NOT_A_CONDITION&format=ONLINE&funding=GOLD&language=KLINGON&postcode=LS6'))).toEqual({ ...EMPTY_SEARCH, format: 'ONLINE', postcode: 'LS6' });
  });

  it('lists the newest listings first when no postcode is given', () => {
    expect(searchVariables(EMPTY_SEARCH)).toEqual({ filter: {}, sort: 'NEWEST' });
  });

  it('gives the address of a search for links from other pages, and of the whole directory without filters', () => {
    expect(searchPath({ condition: 'PTSD_TRAUMA' })).toBe('/?condition=PTSD_TRAUMA');
    expect(formFromParams(new URLSearchParams(searchPath({ condition: 'PTSD_TRAUMA', format: 'ONLINE' }).slice(2)))).toEqual({ ...EMPTY_SEARCH, condition: 'PTSD_TRAUMA', format: 'ONLINE' });
    expect(searchPath({})).toBe('/');
  });
});

describe('the canonical address of a directory search', () => {
  it('keeps what, how, which language and how paid, in a fixed order, and never a postcode, distance or fee', () => {
    expect(canonicalSearchPath(new URLSearchParams('postcode=LS6+2AB&language=WELSH&maxFee=80&condition=ANXIETY&radiusKm=5'))).toBe('/?condition=ANXIETY&language=WELSH');
    expect(canonicalSearchPath(new URLSearchParams('funding=NHS_REFERRAL&format=ONLINE'))).toBe('/?format=ONLINE&funding=NHS_REFERRAL');
    expect(canonicalSearchPath(new URLSearchParams('postcode=LS6+2AB'))).toBe('/');
  });
});
