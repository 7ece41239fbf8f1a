import type { Caller } from '@caregraph/kernel';
import type { GraphQLResult } from '@caregraph/kernel/testing';
import type { TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';

/** Callers as the gateway would describe them. */
export const therapistCaller = (userId: string = randomUUID()): Caller => ({ userId, roles: ['THERAPIST'] });
export const adminCaller = (userId: string = randomUUID()): Caller => ({ userId, roles: ['ADMIN'] });
export const clientCaller = (userId: string = randomUUID()): Caller => ({ userId, roles: ['CLIENT'] });

/** The listing fields the moderation tests read back. */
export const LISTING_FIELDS = `id status version listed displayName hcpcNumber conditions sessionFormats outwardCode publishedAt
  hcpcVerification { status verifiedAt registerExpiresOn }
  privateDetails { postcode hidden reviewRequestedAt hcpcVerificationNotes hcpcVerifiedBy { id }
    pendingChanges { displayName hcpcNumber conditions sessionFormats proposedAt }
    moderationHistory { action fromStatus toStatus reason occurredAt actor { id } } }`;

export interface ListingView {
  id: string;
  status: string;
  version: number;
  listed: boolean;
  displayName: string;
  hcpcNumber: string;
  conditions: string[];
  sessionFormats: string[];
  outwardCode: string | null;
  publishedAt: string | null;
  hcpcVerification: { status: string; verifiedAt: string | null; registerExpiresOn: string | null };
  privateDetails: {
    postcode: string | null;
    hidden: boolean;
    reviewRequestedAt: string | null;
    hcpcVerificationNotes: string | null;
    hcpcVerifiedBy: { id: string } | null;
    pendingChanges: { displayName: string | null; hcpcNumber: string | null; conditions: string[] | null; sessionFormats: string[] | null; proposedAt: string } | null;
    moderationHistory: Array<{ action: string; fromStatus: string | null; toStatus: string; reason: string | null; occurredAt: string; actor: { id: string } }>;
  } | null;
}

/** Every lifecycle step as `mutation name → extra argument declarations and values`. */
export const STEPS = {
  submit: { mutation: 'submitTherapistListing', args: '' },
  approve: { mutation: 'approveTherapistListing', args: 'hcpcRegisterExpiresOn: "2099-06-30"' },
  requestChanges: { mutation: 'requestTherapistListingChanges', args: 'message: "Please add a photo."' },
  reject: { mutation: 'rejectTherapistListing', args: 'reason: "Not an occupational therapist."' },
  suspend: { mutation: 'suspendTherapistListing', args: 'reason: "Complaint under investigation."' },
  reinstate: { mutation: 'reinstateTherapistListing', args: 'reason: "Complaint resolved."' },
  hide: { mutation: 'hideTherapistListing', args: '' },
  unhide: { mutation: 'unhideTherapistListing', args: '' },
} as const;
export type Step = keyof typeof STEPS;

/** A small client for the listing API of a test subgraph. */
export function listingApi(subgraph: TestSubgraph) {
  return {
    /** Runs one lifecycle step on a listing as `caller`. */
    step(step: Step, id: string, expectedVersion: number, caller: Caller): Promise<GraphQLResult<{ result: ListingView }>> {
      const { mutation, args } = STEPS[step];
      const extra = args ? `, ${args}` : '';
      return subgraph.request(`mutation($id: ID!, $v: Int!) { result: ${mutation}(id: $id, expectedVersion: $v${extra}) { ${LISTING_FIELDS} } }`, { id, v: expectedVersion }, caller);
    },
    create(input: Record<string, unknown>, caller: Caller) {
      return subgraph.request<{ result: ListingView }>(`mutation($input: CreateTherapistListingInput!) { result: createTherapistListing(input: $input) { ${LISTING_FIELDS} } }`, { input }, caller);
    },
    update(id: string, expectedVersion: number, input: Record<string, unknown>, caller: Caller) {
      return subgraph.request<{ result: ListingView }>(
        `mutation($id: ID!, $v: Int!, $input: UpdateTherapistListingInput!) { result: updateTherapistListing(id: $id, expectedVersion: $v, input: $input) { ${LISTING_FIELDS} } }`,
        { id, v: expectedVersion, input },
        caller,
      );
    },
    /** The listing as `caller` sees it (an admin by default, to see everything). */
    async get(id: string, caller: Caller = adminCaller()): Promise<ListingView | null> {
      const result = await subgraph.request<{ therapist: ListingView | null }>(`query($id: ID!) { therapist(id: $id) { ${LISTING_FIELDS} } }`, { id }, caller);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!.therapist;
    },
  };
}

/** Everything a listing needs before it can be submitted, as `UpdateTherapistListingInput`. */
export const COMPLETE_FIELDS = {
  headline: 'Small steps back to work after burnout',
  biography: 'I help people rebuild routines and confidence after a period of burnout.',
  yearsOfExperience: 9,
  languages: ['ENGLISH'],
  conditions: ['WORK_STRESS_BURNOUT', 'ANXIETY'],
  approaches: ['WORK_REHABILITATION', 'ROUTINE_PLANNING'],
  sessionFormats: ['ONLINE', 'HOME_VISIT'],
  fundingOptions: ['SELF_PAY', 'EMPLOYER_SCHEME'],
  feePence: 6500,
  sessionMinutes: 60,
  travelRadiusKm: 15,
  city: 'Leeds',
  postcode: 'ls6 2ab',
};
