import { resultsSummary } from './results-summary';

describe('the line above the search results', () => {
  it.each([
    [0, true, '0 therapists found'],
    [1, true, '1 therapist found'],
    [37, true, '37 therapists found'],
    [2586, true, '2586 therapists found'],
    [100, false, 'More than 100 therapists found'],
  ])('%i (exact: %s) reads "%s"', (totalCount, exact, line) => {
    expect(resultsSummary(totalCount, exact)).toBe(line);
  });
});
