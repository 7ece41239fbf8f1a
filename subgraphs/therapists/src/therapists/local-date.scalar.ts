/** The one `LocalDate` scalar lives in the runtime: care-plans exchanges days too. */
export { LocalDateScalar } from '@caregraph/runtime';
