import { buildSeries, describeSeries, measureScale, plot } from './trend-series';

const day = (iso: string) => iso.slice(0, 10);

describe('trend series for the progress charts', () => {
  it('takes each measure’s scale and direction from the graph’s description', () => {
    expect(measureScale('PHQ9', [])).toEqual({ name: 'PHQ-9 total', min: 0, max: 27, better: 'lower' });
    expect(measureScale('COPM_SATISFACTION', [])).toEqual({ name: 'Average COPM satisfaction rating', min: 1, max: 10, better: 'higher' });
    expect(measureScale('NEW_ONE', [{ at: 'x', value: 40, meaningfulChange: false }])).toEqual({ name: 'NEW_ONE', min: 0, max: 40, better: 'lower' });
  });

  it('keeps measures with points, oldest first, with a summary in words', () => {
    const series = buildSeries(
      [
        { measure: 'PHQ9', points: [{ at: '2026-12-04T10:00:00Z', value: 9, band: 'MILD', meaningfulChange: false }, { at: '2026-11-20T10:00:00Z', value: 14, band: 'MODERATE', meaningfulChange: false }] },
        { measure: 'GAD7', points: [] },
        { measure: 'COPM_PERFORMANCE', points: [{ at: '2026-12-04T10:00:00Z', value: 4.5, meaningfulChange: false }] },
      ],
      day,
    );
    expect(series.map((s) => s.measure)).toEqual(['PHQ9', 'COPM_PERFORMANCE']);
    expect(series[0].points.map((p) => p.value)).toEqual([14, 9]);
    expect(series[0].summary).toBe('PHQ-9 total: 2 scores from 14 on 2026-11-20 to 9 on 2026-12-04 (better; lower is better).');
    expect(series[1].summary).toBe('Average COPM performance rating: one score, 4.5 on 2026-12-04.');
  });

  it('says worse when a higher-is-better measure falls', () => {
    const points = [{ at: 'a', value: 6, meaningfulChange: false }, { at: 'b', value: 3, meaningfulChange: true }];
    expect(describeSeries('COPM', 'higher', points, (s) => s)).toContain('(worse; higher is better)');
    expect(describeSeries('COPM', 'higher', [], (s) => s)).toBe('COPM: not taken yet.');
  });

  it('plots inside the box, the scale’s top at the top', () => {
    const points = plot({ min: 0, max: 27, points: [{ at: 'a', value: 27, meaningfulChange: false }, { at: 'b', value: 0, meaningfulChange: false }] }, 300, 120, 10);
    expect(points).toEqual([{ x: 10, y: 10 }, { x: 290, y: 110 }]);
    expect(plot({ min: 1, max: 10, points: [{ at: 'a', value: 5.5, meaningfulChange: false }] }, 300, 120, 10)).toEqual([{ x: 150, y: 60 }]);
  });
});
