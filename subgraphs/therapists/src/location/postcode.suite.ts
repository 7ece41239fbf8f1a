import { areaOf, parseOutwardCode, parsePostcode, POSTCODE_PATTERN } from './postcode';

describe('UK postcodes', () => {
  it.each([
    ['LS6 2AB', 'LS6 2AB', 'LS6', 'LS'],
    ['ls62ab', 'LS6 2AB', 'LS6', 'LS'],
    ['  sw1a   1aa ', 'SW1A 1AA', 'SW1A', 'SW'],
    ['M1 1AE', 'M1 1AE', 'M1', 'M'],
    ['EC1A1BB', 'EC1A 1BB', 'EC1A', 'EC'],
    ['CF24 4HQ', 'CF24 4HQ', 'CF24', 'CF'],
  ])('normalises %p', (input, full, outward, area) => {
    expect(parsePostcode(input)).toEqual({ full, outward, area });
    expect(POSTCODE_PATTERN.test(full)).toBe(true);
  });

  it.each(['', 'LS6', 'LS6 2A', 'LS6 2ABC', '6LS 2AB', 'LS6 2AC', 'LS6 2IB', 'L$6 2AB', 'ABC1 2AB', 'LS6 AAB'])('refuses %p', (input) => {
    expect(parsePostcode(input)).toBeNull();
  });

  it('reads outward codes alone', () => {
    expect(parseOutwardCode(' ls6 ')).toBe('LS6');
    expect(parseOutwardCode('SW1A')).toBe('SW1A');
    expect(parseOutwardCode('LS6 2AB')).toBeNull();
    expect(parseOutwardCode('6LS')).toBeNull();
    expect(areaOf('NW5')).toBe('NW');
  });
});
