import { useMutation } from '@apollo/client/react';
import { TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../format/format';
import { describeError } from '../graphql/errors';
import { ACKNOWLEDGE_RISK_FLAG, TODAY_SCREEN } from './operations';
import type { OpenFlag } from './open-flag';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** One open risk flag: what raised it, when, and the form that records what the therapist did about it. */
export function RiskFlagCard({ flag, onDone }: { flag: OpenFlag; onDone: (message: string) => void }) {
  const focusAfterRender = useFocusAfterRender();
  const [action, setAction] = useState('');
  const [problem, setProblem] = useState<{ message: string; field?: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE_RISK_FLAG, { refetchQueries: [TODAY_SCREEN] });
  const fieldId = `flag-${flag.id}-action`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const text = action.trim();
    if (text.length < 5) {
      setProblem({ message: 'Say what you did about this flag (at least 5 characters), for example who you called and what was agreed.', field: 'action' });
      focusAfterRender(summary);
      return;
    }
    try {
      await acknowledge({ variables: { id: flag.id, action: text } });
      onDone(`Risk flag for ${flag.clientName} acknowledged; what you did is recorded on the plan.`);
    } catch (error) {
      const friendly = describeError(error, 'acknowledge');
      setProblem({ message: friendly.message, field: friendly.field });
      focusAfterRender(summary);
    }
  }

  return (
    <article className="risk-flag" aria-labelledby={`flag-${flag.id}-title`}>
      <h3 id={`flag-${flag.id}-title`} className="risk-flag__title">
        {flag.clientName}
      </h3>
      <p className="risk-flag__reason">{flag.reason}</p>
      <p>
        Raised {formatDateTime(flag.raisedAt)}. <Link to={`/care-plans/${flag.carePlanId}`}>Open {flag.clientName}’s care plan</Link>
      </p>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem.message}</p>
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate>
        <TextAreaField
          id={fieldId}
          label="What did you do?"
          hint="Recorded on the plan with the time, for example: called the client, agreed a safety plan, told their GP."
          rows={3}
          maxLength={2000}
          value={action}
          error={problem?.field === 'action' ? problem.message : undefined}
          onChange={(e) => setAction(e.target.value)}
        />
        <button type="submit" className="button button--warning" disabled={loading}>
          Acknowledge<span className="visually-hidden"> the risk flag for {flag.clientName}</span>
        </button>
      </form>
    </article>
  );
}
