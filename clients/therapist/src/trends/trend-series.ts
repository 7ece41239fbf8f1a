// A plan's outcome measures as chart series: each measure's scale and which way is better come from the
// graph's own description of the measure (OUTCOME_MEASURE_LABELS, e.g. "PHQ-9 total, 0–27: lower is
// better"), the points from `CarePlan.trends`. Pure, so the chart, its table and its summary agree.
import { OUTCOME_MEASURE_LABELS } from '@caregraph/client-kit/labels';

export interface TrendPointIn {
  at: string;
  value: number;
  band?: string | null;
  meaningfulChange: boolean;
}

export interface MeasureIn {
  measure: string;
  points: readonly TrendPointIn[];
}

export interface Series {
  measure: string;
  /** The measure's name, e.g. "PHQ-9 total". */
  name: string;
  min: number;
  max: number;
  better: 'lower' | 'higher';
  points: TrendPointIn[];
  /** One sentence a screen reader hears instead of the chart. */
  summary: string;
}

/** Name, scale and direction from the graph's description; a measure it does not describe gets its points' range. */
export function measureScale(measure: string, points: readonly TrendPointIn[], descriptions: Readonly<Record<string, string>> = OUTCOME_MEASURE_LABELS): Pick<Series, 'name' | 'min' | 'max' | 'better'> {
  const description = descriptions[measure] ?? '';
  const match = /^(.*?),\s*(\d+)[–-](\d+)(?::\s*(lower|higher) is better)?/.exec(description);
  if (match) return { name: match[1], min: Number(match[2]), max: Number(match[3]), better: (match[4] as 'lower' | 'higher') ?? 'lower' };
  const values = points.map((p) => p.value);
  return { name: measure, min: Math.min(0, ...values), max: Math.max(1, ...values), better: 'lower' };
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** What the series says, in words: first and latest value and whether that is better or worse. */
export function describeSeries(name: string, better: 'lower' | 'higher', points: readonly TrendPointIn[], formatDate: (iso: string) => string): string {
  if (points.length === 0) return `${name}: not taken yet.`;
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `${name}: one score, ${number(last.value)} on ${formatDate(last.at)}.`;
  const change = last.value - first.value;
  const direction = change === 0 ? 'no change' : (change < 0) === (better === 'lower') ? 'better' : 'worse';
  return `${name}: ${points.length} scores from ${number(first.value)} on ${formatDate(first.at)} to ${number(last.value)} on ${formatDate(last.at)} (${direction}; ${better} is better).`;
}

/** The measures that have points, in the graph's order, each ready to draw. */
export function buildSeries(measures: readonly MeasureIn[], formatDate: (iso: string) => string, descriptions?: Readonly<Record<string, string>>): Series[] {
  return measures
    .filter((m) => m.points.length > 0)
    .map((m) => {
      const points = [...m.points].sort((a, b) => a.at.localeCompare(b.at));
      const scale = measureScale(m.measure, points, descriptions);
      return { measure: m.measure, ...scale, points, summary: describeSeries(scale.name, scale.better, points, formatDate) };
    });
}

/** SVG coordinates of a series' points in a `width` × `height` box with `pad` around (time spaced evenly by order). */
export function plot(series: Pick<Series, 'min' | 'max' | 'points'>, width: number, height: number, pad: number): Array<{ x: number; y: number }> {
  const n = series.points.length;
  const span = series.max - series.min || 1;
  return series.points.map((p, i) => ({
    x: pad + (n === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (n - 1)),
    y: pad + ((series.max - Math.min(series.max, Math.max(series.min, p.value))) * (height - 2 * pad)) / span,
  }));
}
