/** The range each outcome measure is scored on. */
export const MEASURE_RANGE: Record<string, [number, number]> = { PHQ9: [0, 27], GAD7: [0, 21], COPM_PERFORMANCE: [1, 10], COPM_SATISFACTION: [1, 10] };

export interface ChartBox {
  width: number;
  height: number;
  padding: number;
}

/**
 * Where each point goes on the chart: time along the x axis (evenly by date, not by index, so a
 * long gap shows as one), the score up the y axis within the measure's own range.
 */
export function plot(points: ReadonlyArray<{ at: string; value: number }>, range: [number, number], box: ChartBox): Array<{ x: number; y: number }> {
  const times = points.map((p) => Date.parse(p.at));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const [low, high] = range;
  const inner = { width: box.width - 2 * box.padding, height: box.height - 2 * box.padding };
  return points.map((p, i) => ({
    x: box.padding + (points.length === 1 ? inner.width / 2 : ((times[i] - first) / span) * inner.width),
    y: box.padding + inner.height - ((Math.min(Math.max(p.value, low), high) - low) / (high - low)) * inner.height,
  }));
}
