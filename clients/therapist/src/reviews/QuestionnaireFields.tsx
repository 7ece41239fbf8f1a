import { Fieldset, SelectField } from '@caregraph/client-kit/fields';
import { bandWords, ITEM_COUNT, scoreSoFar, type Questionnaire } from './bands';
import { ANSWERS, ITEMS } from './questionnaire-items';

/**
 * One questionnaire entered item by item, its total and band shown (and read out politely) as the
 * therapist types. Left empty, it is not part of the review.
 */
export function QuestionnaireFields({ kind, answers, error, onChange }: { kind: Questionnaire; answers: ReadonlyArray<number | undefined>; error?: string; onChange: (answers: Array<number | undefined>) => void }) {
  const { title, items } = ITEMS[kind];
  const score = scoreSoFar(kind, answers);
  const id = kind.toLowerCase();
  return (
    <Fieldset id={id} legend={title} hint="Over the last 2 weeks, how often has the client been bothered by each? Leave every item empty to leave it out." error={error}>
      {items.map((item, i) => (
        <SelectField
          key={item}
          id={`${id}-item-${i + 1}`}
          label={`${i + 1}. ${item}`}
          value={answers[i] === undefined ? '' : String(answers[i])}
          onChange={(e) => {
            const next = Array.from({ length: ITEM_COUNT[kind] }, (_, j) => answers[j]);
            next[i] = e.target.value === '' ? undefined : Number(e.target.value);
            onChange(next);
          }}
        >
          <option value="">Not answered</option>
          {ANSWERS.map((answer, value) => (
            <option key={answer} value={value}>
              {value}: {answer}
            </option>
          ))}
        </SelectField>
      ))}
      <p className="score" role="status" id={`${id}-score`}>
        {score.answered === 0
          ? `${title}: not taken.`
          : score.complete
            ? `${title} total ${score.total}: ${bandWords(score.band)}.`
            : `${title} total so far ${score.total} (${score.answered} of ${ITEM_COUNT[kind]} answered).`}
      </p>
    </Fieldset>
  );
}
