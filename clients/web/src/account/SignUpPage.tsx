import { useQuery } from '@apollo/client/react';
import { AuthError } from '@caregraph/client-kit';
import { CheckboxField, Fieldset, TextField } from '@caregraph/client-kit/fields';
import { safeNext } from '@caregraph/client-kit/require-sign-in';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CONSENT_DOCUMENTS } from '../auth/operations';
import { describeError } from '../graphql/errors';
import { isValid, validateSignUp, type FieldErrors } from '../format/validation';
import { Page } from '../layout/Page';
import { acceptedConsents, CONSENT_EXPLANATIONS } from './consents';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** Which form field a consent's checkbox error belongs to. */
const CONSENT_FIELD: Record<string, string> = { TERMS_OF_USE: 'acceptedTerms', PRIVACY_NOTICE: 'acceptedPrivacy' };

export function SignUpPage() {
  const focusAfterRender = useFocusAfterRender();
  const { sessions } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const documents = useQuery(CONSENT_DOCUMENTS);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [ticked, setTicked] = useState<Partial<Record<string, boolean>>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  function fail(message: string, fieldErrors: FieldErrors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignUp({ displayName, email, password, acceptedTerms: Boolean(ticked.TERMS_OF_USE), acceptedPrivacy: Boolean(ticked.PRIVACY_NOTICE) });
    if (!isValid(found)) return fail('Check the highlighted fields.', found);
    setBusy(true);
    try {
      await sessions.signUp({ displayName, email, password, consents: acceptedConsents(documents.data?.consentDocuments ?? [], ticked) });
      navigate(next, { replace: true, state: { notice: `Welcome to Caregraph, ${displayName.trim()}. We have sent a link to ${email.trim()}: open it to confirm your e-mail address.` } });
    } catch (error) {
      const friendly = error instanceof AuthError ? error.friendly : describeError(error, 'signUp');
      fail(friendly.message, friendly.field ? { [friendly.field]: friendly.message } : {});
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Create an account">
      <p>An account lets you book sessions with an occupational therapist and keep track of them.</p>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate className="form">
        <TextField id="displayName" label="Your name" hint="How your therapist will address you. It can be a first name only." autoComplete="name" value={displayName} error={errors.displayName} onChange={(e) => setDisplayName(e.target.value)} />
        <TextField id="email" label="E-mail address" hint="We will send a link to confirm it." type="email" autoComplete="email" value={email} error={errors.email} onChange={(e) => setEmail(e.target.value)} />
        <TextField id="password" label="Create a password" hint="At least 8 characters. A few words strung together make a strong, memorable password." type="password" autoComplete="new-password" value={password} error={errors.password} onChange={(e) => setPassword(e.target.value)} />
        <Fieldset id="consents" legend="Your agreement">
          {documents.loading && <Loading>Loading the terms…</Loading>}
          {documents.error && !documents.data && (
            <ErrorSummary title="The terms could not be loaded">
              <p>{describeError(documents.error, 'load').message}</p>
            </ErrorSummary>
          )}
          {documents.data?.consentDocuments.map((document) => {
            const field = CONSENT_FIELD[document.kind] ?? document.kind;
            return (
              <CheckboxField
                key={document.kind}
                id={`consent-${document.kind}`}
                checked={Boolean(ticked[document.kind])}
                onChange={(e) => setTicked({ ...ticked, [document.kind]: e.target.checked })}
                error={errors[field]}
                hint={CONSENT_EXPLANATIONS[document.kind]}
                label={
                  <>
                    I agree to the <a href={document.url} target="_blank" rel="noreferrer">{document.title} (opens in a new tab)</a>
                    {document.kind === 'HEALTH_DATA_PROCESSING' ? ' (needed to book sessions)' : ''}
                  </>
                }
              />
            );
          })}
        </Fieldset>
        <button type="submit" className="button" disabled={busy || !documents.data} aria-busy={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account? <Link to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>Sign in</Link>.
      </p>
    </Page>
  );
}
