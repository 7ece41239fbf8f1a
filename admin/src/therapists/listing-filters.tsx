import { SelectInput, TextInput } from 'react-admin';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { FORMAT_LABELS, STATUS_LABELS, VERIFICATION_LABELS, choicesOf } from './labels';

/** Filters of the listings screen (every one labelled; the search box is always shown). */
export const listingFilters = [
  <TextInput key="q" source="q" label="Search name, headline or HCPC number" alwaysOn resettable />,
  <SelectInput key="status" source="status" label="Status" choices={choicesOf(STATUS_LABELS)} alwaysOn />,
  <SelectInput key="condition" source="condition" label="Condition" choices={choicesOf(CONDITION_LABELS)} />,
  <SelectInput key="format" source="format" label="Session format" choices={choicesOf(FORMAT_LABELS)} />,
  <TextInput key="place" source="place" label="Town, city or outward code (e.g. LS6)" />,
  <SelectInput key="verification" source="verification" label="HCPC verification" choices={choicesOf(VERIFICATION_LABELS)} />,
];
