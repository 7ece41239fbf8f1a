import { TextField } from '@caregraph/client-kit/fields';
import { useRef } from 'react';
import { MAX_COPM_PROBLEMS, type CopmRow, type ReviewErrors } from './review-form';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** COPM-style ratings: up to five problems the client chose, each rated 1–10 for performance and satisfaction. */
export function CopmFields({ rows, errors, onChange }: { rows: CopmRow[]; errors: ReviewErrors; onChange: (rows: CopmRow[]) => void }) {
  const focusAfterRender = useFocusAfterRender();
  const list = useRef<HTMLOListElement>(null);
  const change = (i: number, field: keyof CopmRow, value: string) => onChange(rows.map((row, j) => (j === i ? { ...row, [field]: value } : row)));

  function add() {
    onChange([...rows, { problem: '', performance: '', satisfaction: '' }]);
    // The new row's first box takes the focus, ready to type.
    focusAfterRender(() => list.current?.querySelector<HTMLInputElement>(`#copm-${rows.length}-problem`));
  }

  return (
    <section aria-labelledby="copm-heading">
      <h2 id="copm-heading">COPM ratings (optional)</h2>
      <p className="hint">Up to {MAX_COPM_PROBLEMS} everyday activities the client finds hard, in their words; performance 1 (not able) to 10 (extremely well), satisfaction 1 (not at all) to 10 (extremely).</p>
      {errors.copm && <p className="field-error">{errors.copm}</p>}
      <ol className="plain-list copm" ref={list}>
        {rows.map((row, i) => (
          <li key={i} className="card">
            <TextField id={`copm-${i}-problem`} label={`Problem ${i + 1}`} value={row.problem} maxLength={200} error={errors[`copm.${i}.problem`]} onChange={(e) => change(i, 'problem', e.target.value)} />
            <TextField id={`copm-${i}-performance`} label={`Performance, problem ${i + 1} (1–10)`} inputMode="numeric" value={row.performance} error={errors[`copm.${i}.performance`]} onChange={(e) => change(i, 'performance', e.target.value)} />
            <TextField id={`copm-${i}-satisfaction`} label={`Satisfaction, problem ${i + 1} (1–10)`} inputMode="numeric" value={row.satisfaction} error={errors[`copm.${i}.satisfaction`]} onChange={(e) => change(i, 'satisfaction', e.target.value)} />
            <button type="button" className="button button--secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove problem {i + 1}
            </button>
          </li>
        ))}
      </ol>
      {rows.length < MAX_COPM_PROBLEMS && (
        <button type="button" className="button button--secondary" onClick={add}>
          Add a problem
        </button>
      )}
    </section>
  );
}
