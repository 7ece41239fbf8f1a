// The form fields are the kit's (@caregraph/client-kit/fields); this name stays for the referral
// screens, which import them from here until they are next changed.
export { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from '@caregraph/client-kit/fields';
