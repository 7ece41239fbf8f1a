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
    "\n  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": typeof types.AdminCompleteMfaLoginDocument,
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.AdminLogoutDocument,
    "\n  query AdminMe {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  fragment ListingSummary on Therapist {\n    id\n    displayName\n    headline\n    hcpcNumber\n    conditions\n    sessionFormats\n    city\n    outwardCode\n    status\n    listed\n    createdAt\n    updatedAt\n    publishedAt\n    version\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n  }\n": typeof types.ListingSummaryFragmentDoc,
    "\n  fragment ListingDetail on Therapist {\n    ...ListingSummary\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    approaches\n    fundingOptions\n    sessionMinutes\n    travelRadiusKm\n    user {\n      id\n      displayName\n      email\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      hcpcVerifiedBy {\n        id\n        displayName\n      }\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ListingDetailFragmentDoc,
    "\n  query AdminTherapistsByStatus($status: ListingStatus!, $first: Int!, $after: String) {\n    therapists(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ListingSummary\n        }\n      }\n    }\n  }\n": typeof types.AdminTherapistsByStatusDocument,
    "\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminModerationQueueDocument,
    "\n  query AdminTherapist($id: ID!) {\n    therapist(id: $id) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminTherapistDocument,
    "\n  mutation AdminApproveListing($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminApproveListingDocument,
    "\n  mutation AdminRequestListingChanges($id: ID!, $expectedVersion: Int!, $message: String!) {\n    requestTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminRequestListingChangesDocument,
    "\n  mutation AdminRejectListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminRejectListingDocument,
    "\n  mutation AdminSuspendListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminSuspendListingDocument,
    "\n  mutation AdminReinstateListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    reinstateTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminReinstateListingDocument,
    "\n  mutation AdminApproveListingChanges($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminApproveListingChangesDocument,
    "\n  mutation AdminDeclineListingChanges($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminDeclineListingChangesDocument,
    "\n  mutation AdminVerifyHcpc($id: ID!, $expectedVersion: Int!, $registerExpiresOn: LocalDate!, $notes: String) {\n    verifyTherapistHcpcRegistration(id: $id, expectedVersion: $expectedVersion, registerExpiresOn: $registerExpiresOn, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminVerifyHcpcDocument,
    "\n  mutation AdminMarkHcpcLapsed($id: ID!, $expectedVersion: Int!, $notes: String) {\n    markTherapistHcpcLapsed(id: $id, expectedVersion: $expectedVersion, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n": typeof types.AdminMarkHcpcLapsedDocument,
};
const documents: Documents = {
    "\n  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": types.AdminCompleteMfaLoginDocument,
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AdminLoginDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.AdminLogoutDocument,
    "\n  query AdminMe {\n    me {\n      ...SessionUser\n    }\n  }\n": types.AdminMeDocument,
    "\n  fragment ListingSummary on Therapist {\n    id\n    displayName\n    headline\n    hcpcNumber\n    conditions\n    sessionFormats\n    city\n    outwardCode\n    status\n    listed\n    createdAt\n    updatedAt\n    publishedAt\n    version\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n  }\n": types.ListingSummaryFragmentDoc,
    "\n  fragment ListingDetail on Therapist {\n    ...ListingSummary\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    approaches\n    fundingOptions\n    sessionMinutes\n    travelRadiusKm\n    user {\n      id\n      displayName\n      email\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      hcpcVerifiedBy {\n        id\n        displayName\n      }\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ListingDetailFragmentDoc,
    "\n  query AdminTherapistsByStatus($status: ListingStatus!, $first: Int!, $after: String) {\n    therapists(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ListingSummary\n        }\n      }\n    }\n  }\n": types.AdminTherapistsByStatusDocument,
    "\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n": types.AdminModerationQueueDocument,
    "\n  query AdminTherapist($id: ID!) {\n    therapist(id: $id) {\n      ...ListingDetail\n    }\n  }\n": types.AdminTherapistDocument,
    "\n  mutation AdminApproveListing($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n": types.AdminApproveListingDocument,
    "\n  mutation AdminRequestListingChanges($id: ID!, $expectedVersion: Int!, $message: String!) {\n    requestTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...ListingDetail\n    }\n  }\n": types.AdminRequestListingChangesDocument,
    "\n  mutation AdminRejectListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": types.AdminRejectListingDocument,
    "\n  mutation AdminSuspendListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": types.AdminSuspendListingDocument,
    "\n  mutation AdminReinstateListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    reinstateTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": types.AdminReinstateListingDocument,
    "\n  mutation AdminApproveListingChanges($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n": types.AdminApproveListingChangesDocument,
    "\n  mutation AdminDeclineListingChanges($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n": types.AdminDeclineListingChangesDocument,
    "\n  mutation AdminVerifyHcpc($id: ID!, $expectedVersion: Int!, $registerExpiresOn: LocalDate!, $notes: String) {\n    verifyTherapistHcpcRegistration(id: $id, expectedVersion: $expectedVersion, registerExpiresOn: $registerExpiresOn, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n": types.AdminVerifyHcpcDocument,
    "\n  mutation AdminMarkHcpcLapsed($id: ID!, $expectedVersion: Int!, $notes: String) {\n    markTherapistHcpcLapsed(id: $id, expectedVersion: $expectedVersion, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n": types.AdminMarkHcpcLapsedDocument,
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
export function graphql(source: "\n  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation AdminLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMe {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query AdminMe {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListingSummary on Therapist {\n    id\n    displayName\n    headline\n    hcpcNumber\n    conditions\n    sessionFormats\n    city\n    outwardCode\n    status\n    listed\n    createdAt\n    updatedAt\n    publishedAt\n    version\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n  }\n"): (typeof documents)["\n  fragment ListingSummary on Therapist {\n    id\n    displayName\n    headline\n    hcpcNumber\n    conditions\n    sessionFormats\n    city\n    outwardCode\n    status\n    listed\n    createdAt\n    updatedAt\n    publishedAt\n    version\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListingDetail on Therapist {\n    ...ListingSummary\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    approaches\n    fundingOptions\n    sessionMinutes\n    travelRadiusKm\n    user {\n      id\n      displayName\n      email\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      hcpcVerifiedBy {\n        id\n        displayName\n      }\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ListingDetail on Therapist {\n    ...ListingSummary\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    approaches\n    fundingOptions\n    sessionMinutes\n    travelRadiusKm\n    user {\n      id\n      displayName\n      email\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      hcpcVerifiedBy {\n        id\n        displayName\n      }\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTherapistsByStatus($status: ListingStatus!, $first: Int!, $after: String) {\n    therapists(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ListingSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTherapistsByStatus($status: ListingStatus!, $first: Int!, $after: String) {\n    therapists(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ListingSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTherapist($id: ID!) {\n    therapist(id: $id) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  query AdminTherapist($id: ID!) {\n    therapist(id: $id) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveListing($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminApproveListing($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRequestListingChanges($id: ID!, $expectedVersion: Int!, $message: String!) {\n    requestTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRequestListingChanges($id: ID!, $expectedVersion: Int!, $message: String!) {\n    requestTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, message: $message) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRejectListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    rejectTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSuspendListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    suspendTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReinstateListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    reinstateTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReinstateListing($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    reinstateTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveListingChanges($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminApproveListingChanges($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {\n    approveTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeclineListingChanges($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeclineListingChanges($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    declineTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVerifyHcpc($id: ID!, $expectedVersion: Int!, $registerExpiresOn: LocalDate!, $notes: String) {\n    verifyTherapistHcpcRegistration(id: $id, expectedVersion: $expectedVersion, registerExpiresOn: $registerExpiresOn, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminVerifyHcpc($id: ID!, $expectedVersion: Int!, $registerExpiresOn: LocalDate!, $notes: String) {\n    verifyTherapistHcpcRegistration(id: $id, expectedVersion: $expectedVersion, registerExpiresOn: $registerExpiresOn, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMarkHcpcLapsed($id: ID!, $expectedVersion: Int!, $notes: String) {\n    markTherapistHcpcLapsed(id: $id, expectedVersion: $expectedVersion, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMarkHcpcLapsed($id: ID!, $expectedVersion: Int!, $notes: String) {\n    markTherapistHcpcLapsed(id: $id, expectedVersion: $expectedVersion, notes: $notes) {\n      ...ListingDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;