import { SelectField, TextField } from '@caregraph/client-kit/fields';
import { useState, type FormEvent } from 'react';
import { CONDITION_LABELS, LANGUAGE_LABELS } from '@caregraph/client-kit/labels';
import { poundsToPence } from '../format/format';
import { FORMAT_LABELS, FUNDING_LABELS } from '../format/labels';
import { isValid, validateSearch, type FieldErrors } from '../format/validation';
import { DEFAULT_RADIUS_KM, EMPTY_SEARCH, type SearchForm as Form } from './search-params';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, text]) => (
    <option key={value} value={value}>
      {text}
    </option>
  ));

/** The directory filters: condition, format, postcode and distance, fee, language, way of paying. */
export function SearchForm({ initial, onSearch }: { initial: Form; onSearch: (form: Form) => void }) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSearch(form, poundsToPence);
    setErrors(found);
    if (isValid(found)) onSearch(form);
    else document.getElementById(Object.keys(found)[0])?.focus();
  }

  return (
    <form className="search-form" onSubmit={submit} noValidate role="search" aria-label="Find a therapist">
      <div className="search-form__grid">
        <SelectField id="condition" label="What would you like help with?" value={form.condition} onChange={set('condition')}>
          <option value="">Anything</option>
          {options(CONDITION_LABELS)}
        </SelectField>
        <SelectField id="format" label="How would you like to meet?" value={form.format} onChange={set('format')}>
          <option value="">Any way</option>
          {options({ HOME_VISIT: FORMAT_LABELS.HOME_VISIT, ONLINE: FORMAT_LABELS.ONLINE })}
        </SelectField>
        <TextField id="postcode" label="Your postcode" hint="For distances and home visits, like LS6 2AB." autoComplete="postal-code" value={form.postcode} error={errors.postcode} onChange={set('postcode')} />
        <TextField id="radiusKm" label="Within (km)" hint={`${DEFAULT_RADIUS_KM} km if left empty.`} inputMode="decimal" value={form.radiusKm} error={errors.radiusKm} onChange={set('radiusKm')} />
        <TextField id="maxFee" label="Most you would pay per session (£)" hint="Leave empty for any fee." inputMode="decimal" value={form.maxFee} error={errors.maxFee} onChange={set('maxFee')} />
        <SelectField id="language" label="Language" value={form.language} onChange={set('language')}>
          <option value="">Any language</option>
          {options(LANGUAGE_LABELS)}
        </SelectField>
        <SelectField id="funding" label="How would you pay?" value={form.funding} onChange={set('funding')}>
          <option value="">Any way of paying</option>
          {options(FUNDING_LABELS)}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Search
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setForm(EMPTY_SEARCH);
            setErrors({});
            onSearch(EMPTY_SEARCH);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
