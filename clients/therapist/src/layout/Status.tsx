// The status messages are the kit's (@caregraph/client-kit/status); this name stays for the referral
// screens, which import them from here until they are next changed.
export { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
