/** The one `Condition` enum lives in the runtime: care-plans names conditions too. */
export { Condition } from '@caregraph/runtime';
