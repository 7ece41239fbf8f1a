import { SelectInput, TextInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import { LOCKED_CHOICES, ROLE_LABELS } from './labels';

/** Filters of the accounts screen (every one labelled; search and role always shown). */
export const userFilters = [
  <TextInput key="q" source="q" label="Search email address or name" alwaysOn resettable />,
  <SelectInput key="role" source="role" label="Role" choices={choicesOf(ROLE_LABELS)} alwaysOn />,
  <SelectInput key="locked" source="locked" label="Sign-in" choices={LOCKED_CHOICES} />,
];
