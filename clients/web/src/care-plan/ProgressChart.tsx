import { formatDate } from '../format/format';
import { label, MEASURE_LABELS } from '../format/labels';
import { MEASURE_RANGE, plot } from './chart-geometry';
import { SEVERITY_LABELS } from './questionnaires';

interface Point {
  at: string;
  value: number;
  band: string | null;
}

const BOX = { width: 320, height: 140, padding: 14 };

/**
 * One outcome measure over time: a line chart (drawn in SVG, no chart library) described in words for
 * screen readers, with the numbers in a table beneath for anyone who wants them (WCAG 1.1.1).
 */
export function ProgressChart({ id, measure, points }: { id: string; measure: string; points: readonly Point[] }) {
  const range = MEASURE_RANGE[measure] ?? [0, Math.max(...points.map((p) => p.value), 1)];
  const at = plot(points, range, BOX);
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    points.length === 1
      ? `One score so far: ${last.value} on ${formatDate(last.at)}.`
      : `From ${first.value} on ${formatDate(first.at)} to ${last.value} on ${formatDate(last.at)}, ${points.length} scores.`;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{label(MEASURE_LABELS, measure)}</strong>
        <span className="chart__summary">{summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-caption`} className="chart__svg" focusable="false">
        <line x1={BOX.padding} y1={BOX.height - BOX.padding} x2={BOX.width - BOX.padding} y2={BOX.height - BOX.padding} className="chart__axis" />
        <line x1={BOX.padding} y1={BOX.padding} x2={BOX.padding} y2={BOX.height - BOX.padding} className="chart__axis" />
        <text x={2} y={BOX.padding + 4} className="chart__tick">{range[1]}</text>
        <text x={2} y={BOX.height - BOX.padding} className="chart__tick">{range[0]}</text>
        {at.length > 1 && <polyline points={at.map((p) => `${p.x},${p.y}`).join(' ')} className="chart__line" />}
        {at.map((p, i) => (
          <circle key={points[i].at} cx={p.x} cy={p.y} r={4} className="chart__point" />
        ))}
      </svg>
      <details>
        <summary>Show the scores</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.at}>
                <td>{formatDate(p.at)}</td>
                <td>{p.value}</td>
                <td>{p.band ? SEVERITY_LABELS[p.band] ?? p.band : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
