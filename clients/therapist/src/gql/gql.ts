/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TherapistConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n": typeof types.TherapistConsentDocumentsDocument,
    "\n  mutation TherapistVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.TherapistVerifyEmailDocument,
    "\n  mutation TherapistRequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.TherapistRequestEmailVerificationDocument,
    "\n  fragment OwnListing on Therapist {\n    id\n    displayName\n    headline\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    hcpcNumber\n    conditions\n    approaches\n    sessionFormats\n    fundingOptions\n    fee {\n      amountPence\n      currency\n    }\n    sessionMinutes\n    travelRadiusKm\n    city\n    outwardCode\n    status\n    listed\n    publishedAt\n    createdAt\n    updatedAt\n    version\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          role\n        }\n      }\n    }\n  }\n": typeof types.OwnListingFragmentDoc,
    "\n  query TherapistOwnListing {\n    me {\n      id\n      displayName\n      emailVerified\n      therapistProfile {\n        ...OwnListing\n      }\n    }\n  }\n": typeof types.TherapistOwnListingDocument,
    "\n  mutation TherapistCreateListing($input: CreateTherapistListingInput!) {\n    createTherapistListing(input: $input) {\n      ...OwnListing\n    }\n  }\n": typeof types.TherapistCreateListingDocument,
    "\n  mutation TherapistUpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateTherapistListingInput!) {\n    updateTherapistListing(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnListing\n    }\n  }\n": typeof types.TherapistUpdateListingDocument,
    "\n  mutation TherapistSubmitListing($id: ID!, $expectedVersion: Int!, $note: String) {\n    submitTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...OwnListing\n    }\n  }\n": typeof types.TherapistSubmitListingDocument,
    "\n  mutation TherapistHideListing($id: ID!, $expectedVersion: Int!) {\n    hideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n": typeof types.TherapistHideListingDocument,
    "\n  mutation TherapistUnhideListing($id: ID!, $expectedVersion: Int!) {\n    unhideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n": typeof types.TherapistUnhideListingDocument,
    "\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    updatedAt\n    version\n  }\n": typeof types.OwnScheduleFragmentDoc,
    "\n  query TherapistOwnSchedule {\n    me {\n      id\n      therapistProfile {\n        id\n        status\n        listed\n        sessionFormats\n        sessionMinutes\n        schedule {\n          ...OwnSchedule\n        }\n      }\n    }\n  }\n": typeof types.TherapistOwnScheduleDocument,
    "\n  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {\n    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnSchedule\n    }\n  }\n": typeof types.TherapistSetScheduleDocument,
    "\n  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.TherapistAvailabilityPreviewDocument,
    "\n  query TherapistToday {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.TherapistTodayDocument,
};
const documents: Documents = {
    "\n  query TherapistConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n": types.TherapistConsentDocumentsDocument,
    "\n  mutation TherapistVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.TherapistVerifyEmailDocument,
    "\n  mutation TherapistRequestEmailVerification {\n    requestEmailVerification\n  }\n": types.TherapistRequestEmailVerificationDocument,
    "\n  fragment OwnListing on Therapist {\n    id\n    displayName\n    headline\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    hcpcNumber\n    conditions\n    approaches\n    sessionFormats\n    fundingOptions\n    fee {\n      amountPence\n      currency\n    }\n    sessionMinutes\n    travelRadiusKm\n    city\n    outwardCode\n    status\n    listed\n    publishedAt\n    createdAt\n    updatedAt\n    version\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          role\n        }\n      }\n    }\n  }\n": types.OwnListingFragmentDoc,
    "\n  query TherapistOwnListing {\n    me {\n      id\n      displayName\n      emailVerified\n      therapistProfile {\n        ...OwnListing\n      }\n    }\n  }\n": types.TherapistOwnListingDocument,
    "\n  mutation TherapistCreateListing($input: CreateTherapistListingInput!) {\n    createTherapistListing(input: $input) {\n      ...OwnListing\n    }\n  }\n": types.TherapistCreateListingDocument,
    "\n  mutation TherapistUpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateTherapistListingInput!) {\n    updateTherapistListing(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnListing\n    }\n  }\n": types.TherapistUpdateListingDocument,
    "\n  mutation TherapistSubmitListing($id: ID!, $expectedVersion: Int!, $note: String) {\n    submitTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...OwnListing\n    }\n  }\n": types.TherapistSubmitListingDocument,
    "\n  mutation TherapistHideListing($id: ID!, $expectedVersion: Int!) {\n    hideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n": types.TherapistHideListingDocument,
    "\n  mutation TherapistUnhideListing($id: ID!, $expectedVersion: Int!) {\n    unhideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n": types.TherapistUnhideListingDocument,
    "\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    updatedAt\n    version\n  }\n": types.OwnScheduleFragmentDoc,
    "\n  query TherapistOwnSchedule {\n    me {\n      id\n      therapistProfile {\n        id\n        status\n        listed\n        sessionFormats\n        sessionMinutes\n        schedule {\n          ...OwnSchedule\n        }\n      }\n    }\n  }\n": types.TherapistOwnScheduleDocument,
    "\n  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {\n    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnSchedule\n    }\n  }\n": types.TherapistSetScheduleDocument,
    "\n  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.TherapistAvailabilityPreviewDocument,
    "\n  query TherapistToday {\n    me {\n      id\n      displayName\n    }\n  }\n": types.TherapistTodayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n"): (typeof documents)["\n  query TherapistConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation TherapistVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistRequestEmailVerification {\n    requestEmailVerification\n  }\n"): (typeof documents)["\n  mutation TherapistRequestEmailVerification {\n    requestEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnListing on Therapist {\n    id\n    displayName\n    headline\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    hcpcNumber\n    conditions\n    approaches\n    sessionFormats\n    fundingOptions\n    fee {\n      amountPence\n      currency\n    }\n    sessionMinutes\n    travelRadiusKm\n    city\n    outwardCode\n    status\n    listed\n    publishedAt\n    createdAt\n    updatedAt\n    version\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OwnListing on Therapist {\n    id\n    displayName\n    headline\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    hcpcNumber\n    conditions\n    approaches\n    sessionFormats\n    fundingOptions\n    fee {\n      amountPence\n      currency\n    }\n    sessionMinutes\n    travelRadiusKm\n    city\n    outwardCode\n    status\n    listed\n    publishedAt\n    createdAt\n    updatedAt\n    version\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistOwnListing {\n    me {\n      id\n      displayName\n      emailVerified\n      therapistProfile {\n        ...OwnListing\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistOwnListing {\n    me {\n      id\n      displayName\n      emailVerified\n      therapistProfile {\n        ...OwnListing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistCreateListing($input: CreateTherapistListingInput!) {\n    createTherapistListing(input: $input) {\n      ...OwnListing\n    }\n  }\n"): (typeof documents)["\n  mutation TherapistCreateListing($input: CreateTherapistListingInput!) {\n    createTherapistListing(input: $input) {\n      ...OwnListing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistUpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateTherapistListingInput!) {\n    updateTherapistListing(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnListing\n    }\n  }\n"): (typeof documents)["\n  mutation TherapistUpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateTherapistListingInput!) {\n    updateTherapistListing(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnListing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistSubmitListing($id: ID!, $expectedVersion: Int!, $note: String) {\n    submitTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...OwnListing\n    }\n  }\n"): (typeof documents)["\n  mutation TherapistSubmitListing($id: ID!, $expectedVersion: Int!, $note: String) {\n    submitTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note) {\n      ...OwnListing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistHideListing($id: ID!, $expectedVersion: Int!) {\n    hideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n"): (typeof documents)["\n  mutation TherapistHideListing($id: ID!, $expectedVersion: Int!) {\n    hideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistUnhideListing($id: ID!, $expectedVersion: Int!) {\n    unhideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n"): (typeof documents)["\n  mutation TherapistUnhideListing($id: ID!, $expectedVersion: Int!) {\n    unhideTherapistListing(id: $id, expectedVersion: $expectedVersion) {\n      ...OwnListing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistOwnSchedule {\n    me {\n      id\n      therapistProfile {\n        id\n        status\n        listed\n        sessionFormats\n        sessionMinutes\n        schedule {\n          ...OwnSchedule\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistOwnSchedule {\n    me {\n      id\n      therapistProfile {\n        id\n        status\n        listed\n        sessionFormats\n        sessionMinutes\n        schedule {\n          ...OwnSchedule\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {\n    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnSchedule\n    }\n  }\n"): (typeof documents)["\n  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {\n    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnSchedule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistToday {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query TherapistToday {\n    me {\n      id\n      displayName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;