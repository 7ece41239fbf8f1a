import { useQuery } from '@apollo/client/react';
import { AuthError } from '@caregraph/client-kit';
import { CheckboxField, Fieldset, TextField } from '@caregraph/client-kit/fields';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { acceptedConsents, CONSENT_EXPLANATIONS, joinBoxOf, THERAPIST_CONSENTS, validateJoin, type JoinErrors, type JoinValues } from './join-form';
import { JOIN_CONSENT_DOCUMENTS } from './operations';
import { FieldLink } from '../listing/FieldLink';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/** Joining as a therapist: an account with the consents, then straight on to writing the listing. */
export function JoinPage() {
  const focusAfterRender = useFocusAfterRender();
  const { session, sessions } = useSession();
  const navigate = useNavigate();
  const documents = useQuery(JOIN_CONSENT_DOCUMENTS, { fetchPolicy: 'cache-first' });
  const [values, setValues] = useState<JoinValues>({ displayName: '', email: '', password: '', ticked: {} });
  const [errors, setErrors] = useState<JoinErrors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const shown = (documents.data?.consentDocuments ?? []).filter((d) => THERAPIST_CONSENTS.includes(d.kind));

  if (session && !busy) return <Navigate to="/listing" replace />;

  function fail(message: string, fieldErrors: JoinErrors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateJoin(values);
    if (Object.keys(found).length) return fail('Check the highlighted fields.', found);
    const consents = acceptedConsents(shown, values.ticked);
    setBusy(true);
    try {
      await sessions.signUp({ displayName: values.displayName, email: values.email, password: values.password, role: 'THERAPIST', consents });
    } catch (error) {
      setBusy(false);
      const friendly = error instanceof AuthError ? error.friendly : describeError(error, 'signUp');
      const box = joinBoxOf(friendly.field, consents);
      const message = box?.startsWith('consent-') ? 'This document has just been updated. Reload the page and agree to the current version.' : friendly.message;
      return fail(message, box ? { [box]: message } : {});
    }
    // Still busy while the listing opens: the redirect for a signed-in visitor must not replace this welcome.
    navigate('/listing', {
      replace: true,
      state: { notice: `Welcome to Caregraph, ${values.displayName.trim()}. We have sent a link to ${values.email.trim()}: open it to confirm your e-mail address. Meanwhile, write your listing.` },
    });
  }

  const set = (patch: Partial<JoinValues>) => setValues({ ...values, ...patch });

  return (
    <Page title="Join Caregraph as a therapist">
      <p className="lede">Offer occupational therapy to people who need it: create your account, then write the listing clients will find. An admin checks it and your HCPC registration before it is published.</p>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
          {Object.keys(errors).length > 0 && (
            <ul>
              {Object.entries(errors).map(([box, message]) => (
                <li key={box}>
                  <FieldLink to={box}>{message}</FieldLink>
                </li>
              ))}
            </ul>
          )}
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate className="form">
        <TextField id="displayName" label="Your name" hint="As clients will see it on your listing, e.g. Alex Morgan." autoComplete="name" value={values.displayName} error={errors.displayName} onChange={(e) => set({ displayName: e.target.value })} />
        <TextField id="email" label="E-mail address" hint="You sign in with it; we send a link to confirm it." type="email" autoComplete="email" value={values.email} error={errors.email} onChange={(e) => set({ email: e.target.value })} />
        <TextField id="password" label="Create a password" hint="At least 8 characters. A few words strung together make a strong, memorable password." type="password" autoComplete="new-password" value={values.password} error={errors.password} onChange={(e) => set({ password: e.target.value })} />
        <Fieldset id="consents" legend="Your agreement">
          {documents.loading && !documents.data && <Loading>Loading the terms…</Loading>}
          {documents.error && !documents.data && (
            <ErrorSummary title="The terms could not be loaded">
              <p>{describeError(documents.error, 'load').message}</p>
            </ErrorSummary>
          )}
          {shown.map((document) => (
            <CheckboxField
              key={document.kind}
              id={`consent-${document.kind}`}
              checked={Boolean(values.ticked[document.kind])}
              onChange={(e) => set({ ticked: { ...values.ticked, [document.kind]: e.target.checked } })}
              error={errors[`consent-${document.kind}`]}
              hint={CONSENT_EXPLANATIONS[document.kind]}
              label={
                <>
                  I agree to the{' '}
                  <a href={document.url} target="_blank" rel="noreferrer">
                    {document.title} (opens in a new tab)
                  </a>
                </>
              }
            />
          ))}
        </Fieldset>
        <button type="submit" className="button" disabled={busy || !documents.data} aria-busy={busy}>
          {busy ? 'Creating your account…' : 'Create account and write my listing'}
        </button>
      </form>
      <p>
        Already joined? <Link to="/sign-in">Sign in</Link>.
      </p>
    </Page>
  );
}
