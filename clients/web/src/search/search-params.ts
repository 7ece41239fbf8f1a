// The search lives in the address (?condition=ANXIETY&postcode=LS6+2AB…), so a search can be shared,
// bookmarked and gone back to; these turn it into the graph's filter and back.
import type { TherapistSearchFilter, TherapistSearchSort } from '../gql/graphql';
import { poundsToPence } from '../format/format';
import { normalisePostcode } from '../format/validation';
import { CONDITION_LABELS, LANGUAGE_LABELS } from '@caregraph/client-kit/labels';
import { FORMAT_LABELS, FUNDING_LABELS } from '../format/labels';

export interface SearchForm {
  condition: string;
  format: string;
  postcode: string;
  radiusKm: string;
  maxFee: string;
  language: string;
  /** How the person would pay (a FundingOption): only therapists who accept it. */
  funding: string;
}

export const EMPTY_SEARCH: SearchForm = { condition: '', format: '', postcode: '', radiusKm: '', maxFee: '', language: '', funding: '' };
export const DEFAULT_RADIUS_KM = 25;

/** The choices each list filter offers: a value in the address that is not one of them is left out. */
const CHOICES: Partial<Record<keyof SearchForm, Record<string, string>>> = { condition: CONDITION_LABELS, format: FORMAT_LABELS, language: LANGUAGE_LABELS, funding: FUNDING_LABELS };

export function formFromParams(params: URLSearchParams): SearchForm {
  return Object.fromEntries(
    (Object.keys(EMPTY_SEARCH) as Array<keyof SearchForm>).map((key) => {
      const value = params.get(key) ?? '';
      // An address edited by hand, or an old one, asks for a choice the graph would refuse: search without it.
      return [key, CHOICES[key] && !Object.hasOwn(CHOICES[key], value) ? '' : value];
    }),
  ) as unknown as SearchForm;
}

export function paramsFromForm(form: SearchForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value.trim()) params.set(key, value.trim());
  return params;
}

/** The address of the directory searched with these filters, as a link elsewhere in the app gives it: `/?condition=ANXIETY`. */
export function searchPath(filters: Partial<SearchForm>): string {
  const query = paramsFromForm({ ...EMPTY_SEARCH, ...filters }).toString();
  return query ? `/?${query}` : '/';
}

/** The graph's filter and sort for a (validated) form: nearest first when a postcode is given. */
export function searchVariables(form: SearchForm): { filter: TherapistSearchFilter; sort: TherapistSearchSort } {
  const filter: TherapistSearchFilter = {};
  if (form.condition) filter.conditions = [form.condition as never];
  if (form.format) filter.format = form.format as never;
  if (form.language) filter.language = form.language as never;
  if (form.funding) filter.funding = form.funding as never;
  const pence = form.maxFee ? poundsToPence(form.maxFee) : undefined;
  if (pence !== undefined) filter.maxFeePence = pence;
  if (form.postcode.trim()) filter.near = { postcode: normalisePostcode(form.postcode), radiusKm: form.radiusKm ? Number(form.radiusKm) : DEFAULT_RADIUS_KM };
  return { filter, sort: filter.near ? 'DISTANCE' : 'NEWEST' };
}

/** The filters that make a directory page worth listing on its own (what, how, which language, how paid). */
const LISTABLE_FILTERS = ['condition', 'format', 'language', 'funding'] as const;

/**
 * The search's canonical address for search engines: the directory with only its listable filters, in a
 * fixed order. A postcode, distance or fee limit is one person's search, never a page of its own.
 */
export function canonicalSearchPath(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of LISTABLE_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) kept.set(key, value);
  }
  const query = kept.toString();
  return query ? `/?${query}` : '/';
}
