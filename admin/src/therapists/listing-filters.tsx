import { SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { HCPC_VERIFICATION_LABELS } from '../format/hcpc-verification';
import { LISTING_STATUS_LABELS } from '../format/listing-status';
import { SESSION_FORMAT_LABELS } from '../format/session-format';

/** Filters of the listings screen (every one labelled; the search box is always shown). */
export const listingFilters = [
  <TextInput key="q" source="q" label="Search name, headline or HCPC number" alwaysOn resettable />,
  <SelectInput key="status" source="status" label="Status" choices={choicesOf(LISTING_STATUS_LABELS)} alwaysOn />,
  <SelectInput key="condition" source="condition" label="Condition" choices={choicesOf(CONDITION_LABELS)} />,
  <SelectInput key="format" source="format" label="Session format" choices={choicesOf(SESSION_FORMAT_LABELS)} />,
  <TextInput key="place" source="place" label="Town, city or outward code (e.g. LS6)" />,
  <SelectInput key="verification" source="verification" label="HCPC verification" choices={choicesOf(HCPC_VERIFICATION_LABELS)} />,
];
