import { bandOf, bandRanges, bandWords, scoreSoFar } from './bands';

describe('PHQ-9 and GAD-7 bands, read from the graph’s descriptions', () => {
  it('covers every possible total exactly once, with no gap', () => {
    for (const [kind, top] of [['PHQ9', 27], ['GAD7', 21]] as const) {
      const ranges = bandRanges(kind);
      expect(ranges[0].from).toBe(0);
      expect(ranges[ranges.length - 1].to).toBe(top);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBe(ranges[i - 1].to + 1);
    }
  });

  it('bands the totals at the published cut-offs', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map((t) => bandOf('PHQ9', t)?.band)).toEqual(['MINIMAL', 'MINIMAL', 'MILD', 'MILD', 'MODERATE', 'MODERATE', 'MODERATELY_SEVERE', 'MODERATELY_SEVERE', 'SEVERE', 'SEVERE']);
    expect([14, 15, 21].map((t) => bandOf('GAD7', t)?.band)).toEqual(['MODERATE', 'SEVERE', 'SEVERE']);
    expect(bandOf('GAD7', 22)).toBeUndefined();
  });

  it('follows the descriptions it is given, not a copy of the thresholds', () => {
    const other = { MINIMAL: 'PHQ-9 0–6, GAD-7 0–3', SEVERE: 'PHQ-9 7–27, GAD-7 4–21' };
    expect(bandOf('PHQ9', 6, other)?.band).toBe('MINIMAL');
    expect(bandOf('GAD7', 4, other)?.band).toBe('SEVERE');
  });

  it('totals the answers as they are typed, and bands them once every item is answered', () => {
    expect(scoreSoFar('GAD7', [1, 2, undefined])).toEqual({ total: 3, answered: 2, complete: false, band: undefined });
    const done = scoreSoFar('PHQ9', [2, 2, 1, 2, 1, 1, 1, 0, 1]);
    expect(done).toMatchObject({ total: 11, answered: 9, complete: true, band: { band: 'MODERATE' } });
    expect(bandWords(done.band)).toBe('moderate (10–14)');
    expect(bandWords(undefined)).toBe('no band');
  });
});
