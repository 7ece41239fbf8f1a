import { useMutation } from '@apollo/client/react';
import { SelectField, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { APPROACH_LABELS, CONDITION_LABELS, FUNDING_OPTION_LABELS, LANGUAGE_LABELS, SESSION_FORMAT_LABELS, THERAPIST_GENDER_LABELS } from '@caregraph/client-kit/labels';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { OwnListingFragment, TherapistGender } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { ChoiceGroup } from './ChoiceGroup';
import { listingFieldLabel } from './listing-fields';
import { createInputOf, formFromListing, updateInputOf, validateListingForm, type ListingFormErrors, type ListingFormValues } from './listing-form';
import { isEditable } from './listing-words';
import { CREATE_LISTING, MY_LISTING, UPDATE_LISTING } from './operations';
import { FieldLink } from './FieldLink';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

interface ListingFormProps {
  /** The listing, or null to write a new one. */
  listing: OwnListingFragment | null;
  /** The account's name, to start a new listing with. */
  accountName: string;
  /** Asks the graph for the listing again (after a refused save). */
  reload: () => Promise<unknown>;
}

const same = (a: ListingFormValues, b: ListingFormValues) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every field of the listing. A new listing is created as a draft with whatever is filled in; an
 * existing one sends only what was changed, with the version it was loaded at, so an edit made
 * elsewhere meanwhile is refused (CONFLICT) rather than overwritten, and the edits stay in the form.
 */
export function ListingForm({ listing, accountName, reload }: ListingFormProps) {
  const focusAfterRender = useFocusAfterRender();
  const [initial, setInitial] = useState(() => formFromListing(listing, accountName));
  const [values, setValues] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(listing?.version);
  const [errors, setErrors] = useState<ListingFormErrors>({});
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [create, creating] = useMutation(CREATE_LISTING, { refetchQueries: [MY_LISTING], awaitRefetchQueries: true });
  const [update, updating] = useMutation(UPDATE_LISTING);
  const busy = creating.loading || updating.loading;
  const published = listing?.publishedAt != null;
  const editable = !listing || isEditable(listing.status);

  // The listing changed on the server (another tab, an admin's decision) while the form is untouched: show it.
  useEffect(() => {
    if (!listing || listing.version === baseVersion) return;
    if (same(values, initial)) {
      const fresh = formFromListing(listing, accountName);
      setInitial(fresh);
      setValues(fresh);
      setBaseVersion(listing.version);
    }
    // Only a new version from the server re-fills the form, never the therapist's typing.
  }, [listing?.version]);

  function fail(message: string, fieldErrors: ListingFormErrors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    setSaved(undefined);
    focusAfterRender(summary);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = validateListingForm(values);
    if (Object.keys(found).length) return fail('Check the highlighted fields.', found);
    try {
      if (!listing) {
        await create({ variables: { input: createInputOf(values) } });
        setSaved('Your draft is saved. Carry on filling it in, then send it for review.');
      } else {
        const input = updateInputOf(initial, values);
        if (Object.keys(input).length === 0) {
          setSaved('Nothing has changed since you last saved.');
          return;
        }
        const result = await update({ variables: { id: listing.id, expectedVersion: baseVersion ?? listing.version, input } });
        const fresh = formFromListing(result.data?.updateTherapistListing ?? listing, accountName);
        setInitial(fresh);
        setValues(fresh);
        setBaseVersion(result.data?.updateTherapistListing.version);
        setSaved(published ? 'Saved. Changes to your name, HCPC number, conditions or session formats wait for an admin’s review; the rest is live now.' : 'Your draft is saved.');
      }
      setErrors({});
      setProblem(undefined);
    } catch (error) {
      const friendly = describeError(error, 'save');
      if (friendly.code === 'CONFLICT' && listing) {
        const fresh = (await reload().catch(() => undefined)) as { data?: { me?: { therapistProfile?: { version: number } | null } } } | undefined;
        setBaseVersion(fresh?.data?.me?.therapistProfile?.version ?? listing.version);
        return fail(
          'Your listing changed somewhere else while you were editing it (in another tab, or by an admin), so nothing was saved. The page now shows the latest version; your edits are still in the form. Save again to apply the fields you changed.',
        );
      }
      const field = friendly.field?.replace(/^input\./, '');
      fail(field ? `${listingFieldLabel(field)}: ${friendly.message}` : friendly.message, field ? { [field]: friendly.message } : {});
    }
  }

  const set = <K extends keyof ListingFormValues>(key: K, value: ListingFormValues[K]) => {
    setValues({ ...values, [key]: value });
    setSaved(undefined);
  };
  const checkedHint = published ? 'An admin checks a change to this before it goes live.' : undefined;

  return (
    <form onSubmit={save} noValidate className="form" aria-labelledby="listing-form-title">
      <h2 id="listing-form-title">{listing ? 'Your details' : 'Write your listing'}</h2>
      {!listing && <p>Start with your name and HCPC number; save a draft at any time and come back to it.</p>}
      {!editable && <p className="warning">{listing?.status === 'REJECTED' ? 'This listing cannot be changed any more.' : 'You can change your listing again once the review is over.'}</p>}
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
          {Object.keys(errors).length > 0 && (
            <ul>
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>
                  <FieldLink to={field}>
                    {listingFieldLabel(field)}: {message}
                  </FieldLink>
                </li>
              ))}
            </ul>
          )}
        </ErrorSummary>
      )}
      {saved && (
        <Notice>
          <p>{saved}</p>
        </Notice>
      )}
      <fieldset disabled={!editable || busy} className="fieldset">
        <legend className="visually-hidden">Listing details</legend>
        <h3>About you</h3>
        <TextField id="displayName" label="Name shown to clients" hint={checkedHint} autoComplete="name" value={values.displayName} error={errors.displayName} onChange={(e) => set('displayName', e.target.value)} />
        <TextField id="headline" label="Headline" hint="One line under your name, up to 160 characters, e.g. “Small steps back to work after burnout”." value={values.headline} error={errors.headline} onChange={(e) => set('headline', e.target.value)} />
        <TextAreaField id="biography" label="About you and how you work" hint="Plain text, up to 5,000 characters." rows={8} value={values.biography} error={errors.biography} onChange={(e) => set('biography', e.target.value)} />
        <TextField id="photoUrl" label="Photo address (optional)" hint="An https:// address of a photo of you." type="url" inputMode="url" value={values.photoUrl} error={errors.photoUrl} onChange={(e) => set('photoUrl', e.target.value)} />
        <TextField id="yearsOfExperience" label="Years of experience as an occupational therapist" type="number" inputMode="numeric" min={0} max={60} value={values.yearsOfExperience} error={errors.yearsOfExperience} onChange={(e) => set('yearsOfExperience', e.target.value)} />
        <SelectField id="gender" label="Gender (optional)" hint="Some clients look for a therapist of a particular gender." value={values.gender} error={errors.gender} onChange={(e) => set('gender', e.target.value as TherapistGender | '')}>
          <option value="">Prefer not to say</option>
          {Object.entries(THERAPIST_GENDER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <ChoiceGroup id="languages" legend="Languages you hold sessions in" hint="Up to 10." options={LANGUAGE_LABELS} value={values.languages} error={errors.languages} onChange={(v) => set('languages', v)} />

        <h3>Registration</h3>
        <TextField id="hcpcNumber" label="HCPC registration number" hint={`OT and up to 6 digits, e.g. OT12345, as on the HCPC register.${checkedHint ? ` ${checkedHint}` : ''}`} autoComplete="off" value={values.hcpcNumber} error={errors.hcpcNumber} onChange={(e) => set('hcpcNumber', e.target.value)} />

        <h3>What you offer</h3>
        <ChoiceGroup id="conditions" legend="Conditions you help with" hint={checkedHint} options={CONDITION_LABELS} value={values.conditions} error={errors.conditions} onChange={(v) => set('conditions', v)} />
        <ChoiceGroup id="approaches" legend="Approaches" options={APPROACH_LABELS} value={values.approaches} error={errors.approaches} onChange={(v) => set('approaches', v)} />
        <ChoiceGroup id="sessionFormats" legend="How you see clients" hint={checkedHint} options={SESSION_FORMAT_LABELS} value={values.sessionFormats} error={errors.sessionFormats} onChange={(v) => set('sessionFormats', v)} />
        <ChoiceGroup id="fundingOptions" legend="Ways to pay" options={FUNDING_OPTION_LABELS} value={values.fundingOptions} error={errors.fundingOptions} onChange={(v) => set('fundingOptions', v)} />
        <TextField id="feePence" label="Fee per session, in pounds (£)" hint="For example 75 or 75.50; up to £1,000." inputMode="decimal" value={values.feePence} error={errors.feePence} onChange={(e) => set('feePence', e.target.value)} />
        <TextField id="sessionMinutes" label="Session length, in minutes" hint="15 to 240." type="number" inputMode="numeric" min={15} max={240} value={values.sessionMinutes} error={errors.sessionMinutes} onChange={(e) => set('sessionMinutes', e.target.value)} />

        <h3>Where you work</h3>
        <TextField id="city" label="Town or city" autoComplete="address-level2" value={values.city} error={errors.city} onChange={(e) => set('city', e.target.value)} />
        <TextField id="postcode" label="Base postcode" hint="For example LS6 2AB. Kept private: clients see only the first half (LS6)." autoComplete="postal-code" value={values.postcode} error={errors.postcode} onChange={(e) => set('postcode', e.target.value)} />
        <TextField id="travelRadiusKm" label="How far you travel for home visits, in km" hint="1 to 100 km from your base postcode; needed if you offer home visits." type="number" inputMode="numeric" min={1} max={100} value={values.travelRadiusKm} error={errors.travelRadiusKm} onChange={(e) => set('travelRadiusKm', e.target.value)} />
      </fieldset>
      {editable && (
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? 'Saving…' : published ? 'Save changes' : 'Save draft'}
        </button>
      )}
    </form>
  );
}
