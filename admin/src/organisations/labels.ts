// Words for organisations (the graph's own descriptions where they read well, shorter words where an admin scans a list).
import { WEBHOOK_DELIVERY_STATUS_LABELS, WEBHOOK_ENDPOINT_STATUS_LABELS, WEBHOOK_EVENT_TYPE_LABELS } from '@caregraph/client-kit/labels';
import type { WebhookDeliveryStatus, WebhookEndpointStatus, WebhookEventType } from '../gql/graphql';

export { ORGANISATION_AUDIT_ACTION_LABELS, ORGANISATION_ROLE_LABELS } from '@caregraph/client-kit/labels';

export const ORGANISATION_KIND_LABELS: Record<string, string> = {
  GP_PRACTICE: 'GP practice',
  NHS_TRUST: 'NHS trust',
  NHS_TEAM: 'NHS team',
  EMPLOYER_PROGRAMME: "Employer's programme",
  LOCAL_COUNCIL: 'Local council',
  OTHER: 'Other',
};

/** The scopes by the OAuth names integrators use. */
export const API_SCOPE_LABELS: Record<string, string> = {
  ORGANISATION_READ: 'organisation:read — read its own organisation',
  REFERRALS_WRITE: 'referrals:write — refer people',
  REFERRALS_READ: 'referrals:read — follow its referrals',
  EVENTS_MANAGE: 'events:manage — subscribe to events',
};

export const VERIFIED_CHOICES = [
  { id: 'false', name: 'Waiting to be verified' },
  { id: 'true', name: 'Verified' },
];

/** An event as integrators know it (`referral.accepted`), from the graph's description of WebhookEventType. */
export const WEBHOOK_EVENT_NAMES = Object.fromEntries(
  Object.entries(WEBHOOK_EVENT_TYPE_LABELS).map(([value, description]) => [value, /^`([^`]+)`/.exec(description)?.[1] ?? value]),
) as Readonly<Record<WebhookEventType, string>>;

/** What an event means: the rest of the graph's description, e.g. "the therapist accepted the referral". */
export const WEBHOOK_EVENT_MEANINGS = Object.fromEntries(
  Object.entries(WEBHOOK_EVENT_TYPE_LABELS).map(([value, description]) => [value, description.replace(/^`[^`]+`:\s*/, '')]),
) as Readonly<Record<WebhookEventType, string>>;

/** Where a webhook delivery stands, in a word; Dead first, as the ones to look at (the filter's order). */
export const WEBHOOK_DELIVERY_STATUS_NAMES: Readonly<Record<WebhookDeliveryStatus, string>> = {
  DEAD: 'Dead',
  FAILED: 'Failed, will retry',
  PENDING: 'Queued',
  SENT: 'Sent',
  SKIPPED: 'Skipped',
};

/** What a delivery status means: the graph's description (WebhookDeliveryStatus). */
export const WEBHOOK_DELIVERY_STATUS_MEANINGS: Readonly<Record<WebhookDeliveryStatus, string>> = WEBHOOK_DELIVERY_STATUS_LABELS;

/** Whether an endpoint receives events, in a word. */
export const WEBHOOK_ENDPOINT_STATUS_NAMES: Readonly<Record<WebhookEndpointStatus, string>> = { ACTIVE: 'Active', DISABLED: 'Disabled' };

/** What an endpoint status means: the graph's description (WebhookEndpointStatus). */
export const WEBHOOK_ENDPOINT_STATUS_MEANINGS: Readonly<Record<WebhookEndpointStatus, string>> = WEBHOOK_ENDPOINT_STATUS_LABELS;
