import { formatDate } from '../format/format';
import { plot, type Series } from './trend-series';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 14;

/**
 * One measure as a line chart in plain SVG, scaled to the measure's full range. It is an image with its
 * summary as its name; the table beside it carries the numbers for anyone who cannot see it.
 */
export function TrendChart({ series }: { series: Series }) {
  const points = plot(series, WIDTH, HEIGHT, PAD);
  const top = PAD;
  const bottom = HEIGHT - PAD;
  return (
    <svg className="trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={series.summary} preserveAspectRatio="xMidYMid meet">
      <line x1={PAD} y1={top} x2={WIDTH - PAD} y2={top} className="trend-chart__grid" />
      <line x1={PAD} y1={bottom} x2={WIDTH - PAD} y2={bottom} className="trend-chart__grid" />
      <text x={2} y={top + 4} className="trend-chart__axis">
        {series.max}
      </text>
      <text x={2} y={bottom + 4} className="trend-chart__axis">
        {series.min}
      </text>
      {points.length > 1 && <polyline className="trend-chart__line" fill="none" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />}
      {points.map((p, i) => (
        <circle key={series.points[i].at} cx={p.x} cy={p.y} r={4} className={`trend-chart__point${series.points[i].meaningfulChange ? ' trend-chart__point--meaningful' : ''}`}>
          <title>
            {formatDate(series.points[i].at)}: {series.points[i].value}
          </title>
        </circle>
      ))}
    </svg>
  );
}
