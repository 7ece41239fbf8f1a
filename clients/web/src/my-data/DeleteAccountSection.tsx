import { useApolloClient, useMutation } from '@apollo/client/react';
import { CheckboxField, TextField } from '@caregraph/client-kit/fields';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isValid, validateDeletion, type FieldErrors } from '../format/validation';
import { describeError } from '../graphql/errors';
import { DELETE_MY_ACCOUNT } from './operations';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** Erasing the account (UK GDPR article 17), with a plain account of what is kept and why (ADR 006). */
export function DeleteAccountSection() {
  const focusAfterRender = useFocusAfterRender();
  const { sessions } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [remove, { loading }] = useMutation(DELETE_MY_ACCOUNT);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateDeletion({ password, understood });
    setErrors(found);
    setProblem(undefined);
    if (!isValid(found)) return document.getElementById(found.password ? 'delete-password' : 'delete-understood')?.focus();
    try {
      const result = await remove({ variables: { input: { password } } });
      // The account and its sessions are gone: forget them here too, and everything cached about the person.
      sessions.forget();
      await client.clearStore();
      navigate('/account-deleted', { replace: true, state: { deletion: result.data!.deleteMyAccount } });
    } catch (error) {
      const friendly = describeError(error, 'delete');
      if (friendly.field === 'password') setErrors({ password: friendly.message });
      setProblem(friendly.message);
      focusAfterRender(summary);
    }
  }

  return (
    <section aria-labelledby="delete-heading" className="danger-zone">
      <h2 id="delete-heading">Delete my account</h2>
      <p>If you delete your account:</p>
      <ul>
        <li>your login and profile are deleted at once, and you are signed out everywhere;</li>
        <li>sessions that have not happened yet, cancelled sessions and draft care plans are deleted, and your therapists lose those times;</li>
        <li>
          <strong>sessions that took place, and your care plans, are kept for 20 years after the end of your care (the NHS rule for mental-health records).</strong> They are clinical
          records, and the NHS records-retention rules require us to keep them. They are kept with no link to your name, e-mail or login, and destroyed after
          that.
        </li>
      </ul>
      <p>This cannot be undone. You may want to download your data first.</p>
      {problem && (
        <ErrorSummary ref={summary} title="Your account has not been deleted">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate className="form">
        <TextField id="delete-password" label="Your password" hint="To confirm it is you." type="password" autoComplete="current-password" value={password} error={errors.password} onChange={(e) => setPassword(e.target.value)} />
        <CheckboxField
          id="delete-understood"
          label="I understand that my account is deleted for good and that clinical records are kept for 20 years without my name"
          checked={understood}
          error={errors.understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <button type="submit" className="button button--warning" disabled={loading} aria-busy={loading}>
          {loading ? 'Deleting your account…' : 'Delete my account'}
        </button>
      </form>
    </section>
  );
}
