import { formatDate } from '../format/format';
import { bandRanges, bandWords, type Questionnaire } from '../reviews/bands';
import { TrendChart } from './TrendChart';
import './trends.css';
import { buildSeries, type MeasureIn } from './trend-series';

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A band in words with its range for this questionnaire, e.g. "moderate (10–14)". */
function bandOfMeasure(measure: string, band: string | null | undefined): string {
  if (!band) return '—';
  if (measure !== 'PHQ9' && measure !== 'GAD7') return band.toLowerCase();
  return bandWords(bandRanges(measure as Questionnaire).find((r) => r.band === band));
}

/** The plan's outcome measures over time: per measure, a chart (with its summary in words) and the table of its points. */
export function TrendsSection({ measures }: { measures: readonly MeasureIn[] }) {
  const series = buildSeries(measures, formatDate);
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">Trends</h2>
      {series.length === 0 ? (
        <p>No PHQ-9, GAD-7 or COPM scores yet: they appear here as the client checks in and as you record reviews.</p>
      ) : (
        series.map((s) => (
          <figure key={s.measure} className="trend" aria-labelledby={`trend-${s.measure}-summary`}>
            <h3>{s.name}</h3>
            <TrendChart series={s} />
            <figcaption id={`trend-${s.measure}-summary`}>{s.summary}</figcaption>
            <div className="table-scroll">
              <table className="table">
                <caption>{s.name} scores, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Score</th>
                    <th scope="col">{s.measure.startsWith('COPM') ? 'Change of 2 or more' : 'Band'}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.points.map((p) => (
                    <tr key={p.at}>
                      <td>{formatDate(p.at)}</td>
                      <td>{number(p.value)}</td>
                      <td>{s.measure.startsWith('COPM') ? (p.meaningfulChange ? 'Yes' : 'No') : bandOfMeasure(s.measure, p.band)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </figure>
        ))
      )}
    </section>
  );
}
