// What only the client app reads or shows; the shared UK formats are tested in the kit.
import { formatDistance, poundsToPence } from './format';

describe('a fee limit typed in', () => {
  it.each([
    ['80', 8000],
    ['£75.50', 7550],
    ['75.5', 7550],
    [' 1,200 ', 120000],
    ['0.99', 99],
  ])('reads "%s" as %i pence, without floating-point rounding', (text, pence) => {
    expect(poundsToPence(text)).toBe(pence);
  });

  it.each(['', 'eighty', '75.555', '-5', '£', '1e3'])('refuses "%s" as an amount', (text) => {
    expect(poundsToPence(text)).toBeUndefined();
  });
});

describe('distances', () => {
  it('rounds distances to one decimal place', () => {
    expect(formatDistance(3.4567)).toBe('3.5 km away');
    expect(formatDistance(12)).toBe('12 km away');
  });
});
