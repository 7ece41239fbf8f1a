import type { Approach, Condition, CreateTherapistListingInput, FundingOption, Language, OwnListingFragment, SessionFormat, TherapistGender, UpdateTherapistListingInput } from '../gql/graphql';
import type { ListingField } from './listing-fields';

/** The listing form as typed: text for every box (numbers included), lists for the choices. */
export interface ListingFormValues {
  displayName: string;
  hcpcNumber: string;
  headline: string;
  biography: string;
  photoUrl: string;
  yearsOfExperience: string;
  languages: Language[];
  gender: TherapistGender | '';
  conditions: Condition[];
  approaches: Approach[];
  sessionFormats: SessionFormat[];
  fundingOptions: FundingOption[];
  /** Pounds, as typed (`75` or `75.50`). */
  feePence: string;
  sessionMinutes: string;
  travelRadiusKm: string;
  city: string;
  postcode: string;
}

export type ListingFormErrors = Partial<Record<ListingField, string>>;

export const EMPTY_LISTING_FORM: ListingFormValues = {
  displayName: '',
  hcpcNumber: '',
  headline: '',
  biography: '',
  photoUrl: '',
  yearsOfExperience: '',
  languages: [],
  gender: '',
  conditions: [],
  approaches: [],
  sessionFormats: [],
  fundingOptions: [],
  feePence: '',
  sessionMinutes: '',
  travelRadiusKm: '',
  city: '',
  postcode: '',
};

const numberText = (value: number | null | undefined) => (value == null ? '' : String(value));

/** Pence → `75` or `75.50` for the fee box. */
export function penceToPounds(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

/** What a person types as a fee (`75`, `£75.50`, `1,000`) → whole pence; undefined when it is not an amount. */
export function poundsToPence(text: string): number | undefined {
  const cleaned = text.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  const [pounds, pence = ''] = cleaned.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

/**
 * The form filled from the listing. The checked fields show what the therapist last proposed when
 * changes wait for review: saving the form again must not withdraw them (a value equal to the live
 * one withdraws its change).
 */
export function formFromListing(listing: OwnListingFragment | null | undefined, fallbackName = ''): ListingFormValues {
  if (!listing) return { ...EMPTY_LISTING_FORM, displayName: fallbackName };
  const pending = listing.privateDetails?.pendingChanges;
  return {
    displayName: pending?.displayName ?? listing.displayName,
    hcpcNumber: pending?.hcpcNumber ?? listing.hcpcNumber,
    headline: listing.headline ?? '',
    biography: listing.biography ?? '',
    photoUrl: listing.photoUrl ?? '',
    yearsOfExperience: numberText(listing.yearsOfExperience),
    languages: [...listing.languages],
    gender: listing.gender ?? '',
    conditions: [...(pending?.conditions ?? listing.conditions)],
    approaches: [...listing.approaches],
    sessionFormats: [...(pending?.sessionFormats ?? listing.sessionFormats)],
    fundingOptions: [...listing.fundingOptions],
    feePence: listing.fee ? penceToPounds(listing.fee.amountPence) : '',
    sessionMinutes: numberText(listing.sessionMinutes),
    travelRadiusKm: numberText(listing.travelRadiusKm),
    city: listing.city ?? '',
    postcode: listing.privateDetails?.postcode ?? '',
  };
}

const WHOLE = /^\d+$/;

/** Checks what the browser can check before asking the graph (which checks everything again). */
export function validateListingForm(values: ListingFormValues): ListingFormErrors {
  const errors: ListingFormErrors = {};
  const name = values.displayName.trim();
  if (name.length < 2 || name.length > 100) errors.displayName = 'Enter the name clients will see, 2 to 100 characters.';
  if (!/^OT\d{1,6}$/i.test(values.hcpcNumber.trim())) errors.hcpcNumber = 'Enter your HCPC number: OT and up to 6 digits, like OT12345.';
  if (values.headline.trim().length > 160) errors.headline = 'Keep the headline to 160 characters.';
  if (values.biography.trim().length > 5000) errors.biography = 'Keep this to 5,000 characters.';
  if (values.photoUrl.trim() && !/^https:\/\/\S+$/i.test(values.photoUrl.trim())) errors.photoUrl = 'Enter an address starting with https://, or leave it empty.';
  const years = values.yearsOfExperience.trim();
  if (years && (!WHOLE.test(years) || Number(years) > 60)) errors.yearsOfExperience = 'Enter a whole number of years from 0 to 60.';
  if (values.languages.length > 10) errors.languages = 'Choose up to 10 languages.';
  const fee = values.feePence.trim();
  if (fee && (poundsToPence(fee) === undefined || poundsToPence(fee)! > 100_000)) errors.feePence = 'Enter the fee in pounds, like 75 or 75.50, up to £1,000.';
  const minutes = values.sessionMinutes.trim();
  if (minutes && (!WHOLE.test(minutes) || Number(minutes) < 15 || Number(minutes) > 240)) errors.sessionMinutes = 'Enter a length from 15 to 240 minutes.';
  const radius = values.travelRadiusKm.trim();
  if (radius && (!WHOLE.test(radius) || Number(radius) < 1 || Number(radius) > 100)) errors.travelRadiusKm = 'Enter a distance from 1 to 100 km.';
  if (values.city.trim().length > 100) errors.city = 'Keep the town or city to 100 characters.';
  return errors;
}

const toNumber = (text: string) => (text.trim() ? Number(text.trim()) : null);
const toText = (text: string) => text.trim() || null;
const toFee = (text: string) => (text.trim() ? (poundsToPence(text) ?? null) : null);

/** Every field as the graph takes it (blank → null). */
function inputOf(values: ListingFormValues): Required<UpdateTherapistListingInput> {
  return {
    displayName: values.displayName.trim(),
    hcpcNumber: values.hcpcNumber.trim().toUpperCase(),
    headline: toText(values.headline),
    biography: toText(values.biography),
    photoUrl: toText(values.photoUrl),
    yearsOfExperience: toNumber(values.yearsOfExperience),
    languages: values.languages,
    gender: values.gender || null,
    conditions: values.conditions,
    approaches: values.approaches,
    sessionFormats: values.sessionFormats,
    fundingOptions: values.fundingOptions,
    feePence: toFee(values.feePence),
    sessionMinutes: toNumber(values.sessionMinutes),
    travelRadiusKm: toNumber(values.travelRadiusKm),
    city: toText(values.city),
    postcode: toText(values.postcode),
  };
}

/** A new listing: the name and number, and whatever else is filled in already. */
export function createInputOf(values: ListingFormValues): CreateTherapistListingInput {
  const all = inputOf(values);
  const input: CreateTherapistListingInput = { displayName: all.displayName!, hcpcNumber: all.hcpcNumber! };
  for (const [key, value] of Object.entries(all)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    Object.assign(input, { [key]: value });
  }
  return input;
}

const sameInputValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\u0000') === [...b].sort().join('\u0000') : a === b;

/**
 * Only what changed since the form was filled: a field left out stays as it is on the server, so
 * saving never touches (nor, for a checked field, withdraws) what the therapist did not edit.
 */
export function updateInputOf(initial: ListingFormValues, current: ListingFormValues): UpdateTherapistListingInput {
  const before = inputOf(initial);
  const after = inputOf(current);
  const input: UpdateTherapistListingInput = {};
  for (const key of Object.keys(after) as Array<keyof UpdateTherapistListingInput>) {
    if (!sameInputValue(before[key], after[key])) Object.assign(input, { [key]: after[key] });
  }
  return input;
}
