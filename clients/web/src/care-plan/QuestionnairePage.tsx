import { useMutation } from '@apollo/client/react';
import { Fieldset } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { QuestionnaireKind } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { NotFoundPage } from '../layout/NotFoundPage';
import { Page } from '../layout/Page';
import { MY_CARE_PLANS, SUBMIT_QUESTIONNAIRE } from './operations';
import { ANSWERS, collectAnswers, needsSupportNow, QUESTION_STEM, QUESTIONNAIRES, SEVERITY_LABELS } from './questionnaires';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** Where to get help now: shown whenever PHQ-9 item 9 is answered above "Not at all". */
function SupportNow() {
  return (
    <div className="warning" role="alert">
      <h2>You do not have to wait for your next session</h2>
      <p>
        If you are thinking about hurting yourself, please talk to someone now. Call <strong>NHS 111</strong> and choose the mental-health option, or call
        <strong> Samaritans on 116 123</strong> (free, day and night). If you are in danger, call <strong>999</strong>. Your therapist will also see your answer.
      </p>
    </div>
  );
}

export function QuestionnairePage() {
  const focusAfterRender = useFocusAfterRender();
  const { planId = '', kind = '' } = useParams();
  const questionnaire = QUESTIONNAIRES[kind as QuestionnaireKind];
  const [answers, setAnswers] = useState<Array<number | undefined>>([]);
  const [missing, setMissing] = useState<number[]>([]);
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [submit, { data, loading }] = useMutation(SUBMIT_QUESTIONNAIRE, { refetchQueries: [MY_CARE_PLANS], awaitRefetchQueries: true });
  if (!questionnaire) return <NotFoundPage />;
  const questionnaireKind = kind as QuestionnaireKind;
  const result = data?.submitQuestionnaire;

  async function send(event: FormEvent) {
    event.preventDefault();
    const collected = collectAnswers(questionnaireKind, answers);
    if ('missing' in collected) {
      setMissing(collected.missing);
      setProblem(`Answer every question: ${collected.missing.length === 1 ? `question ${collected.missing[0]} is` : `questions ${collected.missing.join(', ')} are`} still open.`);
      focusAfterRender(summary);
      return;
    }
    setMissing([]);
    setProblem(undefined);
    try {
      await submit({ variables: { carePlanId: planId, input: { kind: questionnaireKind, answers: collected.answers } } });
    } catch (error) {
      setProblem(describeError(error, 'load').message);
      focusAfterRender(summary);
    }
  }

  if (result) {
    return (
      <Page title="Thank you">
        <Notice>
          <p>
            Your {questionnaire.title} score is <strong>{result.total}</strong> ({SEVERITY_LABELS[result.severity] ?? result.severity}). Your therapist can see it and will go
            through it with you.
          </p>
        </Notice>
        {needsSupportNow(questionnaireKind, answers) && <SupportNow />}
        <p>
          <Link to="/care-plan">Back to my care plan</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={questionnaire.title}>
      <p>{questionnaire.about} There are no right or wrong answers.</p>
      {problem && (
        <ErrorSummary ref={summary} title="Your answers are not sent yet">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={send} noValidate className="form">
        <p className="lede">{QUESTION_STEM}</p>
        {questionnaire.items.map((item, i) => (
          <Fieldset key={item} id={`q${i + 1}`} legend={`${i + 1}. ${item}`} error={missing.includes(i + 1) ? 'Choose an answer.' : undefined}>
            {ANSWERS.map((answer, value) => (
              <div className="radio" key={answer}>
                <input
                  type="radio"
                  id={`q${i + 1}-${value}`}
                  name={`q${i + 1}`}
                  value={value}
                  checked={answers[i] === value}
                  onChange={() => setAnswers(Object.assign([...answers], { [i]: value }))}
                />
                <label htmlFor={`q${i + 1}-${value}`}>{answer}</label>
              </div>
            ))}
          </Fieldset>
        ))}
        {needsSupportNow(questionnaireKind, answers) && <SupportNow />}
        <button type="submit" className="button" disabled={loading} aria-busy={loading}>
          {loading ? 'Sending…' : 'Send my answers'}
        </button>
      </form>
    </Page>
  );
}
