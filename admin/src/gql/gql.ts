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
    "\n  query AdminModerationEvents($filter: ModerationEventFilter, $offset: Int!, $limit: Int!) {\n    adminModerationEvents(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        listing {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AdminModerationEventsDocument,
    "\n  query AdminAccountAudit($subjectId: ID, $actorId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    adminAccountAudit(subjectId: $subjectId, actorId: $actorId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        reason\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        subjectId\n        actorId\n      }\n    }\n  }\n": typeof types.AdminAccountAuditDocument,
    "\n  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": typeof types.AdminCompleteMfaLoginDocument,
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.AdminLogoutDocument,
    "\n  query AdminMe {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  mutation AdminStartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.AdminStartMfaEnrolmentDocument,
    "\n  mutation AdminConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n": typeof types.AdminConfirmMfaEnrolmentDocument,
    "\n  fragment BookingSummary on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    format\n    createdAt\n    referralSource\n    rescheduleCount\n    lateCancellation\n    cancelledBy\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.BookingSummaryFragmentDoc,
    "\n  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {\n    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {\n      total\n      items {\n        ...BookingSummary\n      }\n    }\n  }\n": typeof types.AdminBookingsDocument,
    "\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingSummary\n      updatedAt\n      history {\n        occurredAt\n        action\n        actor\n        fromStatus\n        toStatus\n        previousStartsAt\n        newStartsAt\n      }\n    }\n  }\n": typeof types.AdminBookingDocument,
    "\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n": typeof types.AdminDashboardDocument,
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
    "\n  fragment UserSummary on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    emailVerified\n    lockedAt\n    mfaEnabled\n    hasHealthDataConsent\n  }\n": typeof types.UserSummaryFragmentDoc,
    "\n  fragment UserDetail on User {\n    ...UserSummary\n    consents {\n      kind\n      given\n      version\n      currentVersion\n      upToDate\n      changedAt\n    }\n    therapistProfile {\n      id\n      displayName\n      status\n    }\n  }\n": typeof types.UserDetailFragmentDoc,
    "\n  query AdminUsers($filter: AdminUserFilter, $offset: Int!, $limit: Int!, $sort: AdminUserSort) {\n    adminUsers(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {\n      total\n      items {\n        ...UserSummary\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetail\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation AdminLockUser($input: AccountLockInput!) {\n    lockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n": typeof types.AdminLockUserDocument,
    "\n  mutation AdminUnlockUser($input: AccountLockInput!) {\n    unlockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n": typeof types.AdminUnlockUserDocument,
    "\n  mutation AdminChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserDetail\n    }\n  }\n": typeof types.AdminChangeUserRoleDocument,
};
const documents: Documents = {
    "\n  query AdminModerationEvents($filter: ModerationEventFilter, $offset: Int!, $limit: Int!) {\n    adminModerationEvents(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        listing {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AdminModerationEventsDocument,
    "\n  query AdminAccountAudit($subjectId: ID, $actorId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    adminAccountAudit(subjectId: $subjectId, actorId: $actorId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        reason\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        subjectId\n        actorId\n      }\n    }\n  }\n": types.AdminAccountAuditDocument,
    "\n  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": types.AdminCompleteMfaLoginDocument,
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AdminLoginDocument,
    "\n  mutation AdminRefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.AdminRefreshSessionDocument,
    "\n  mutation AdminLogout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.AdminLogoutDocument,
    "\n  query AdminMe {\n    me {\n      ...SessionUser\n    }\n  }\n": types.AdminMeDocument,
    "\n  mutation AdminStartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n": types.AdminStartMfaEnrolmentDocument,
    "\n  mutation AdminConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n": types.AdminConfirmMfaEnrolmentDocument,
    "\n  fragment BookingSummary on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    format\n    createdAt\n    referralSource\n    rescheduleCount\n    lateCancellation\n    cancelledBy\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.BookingSummaryFragmentDoc,
    "\n  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {\n    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {\n      total\n      items {\n        ...BookingSummary\n      }\n    }\n  }\n": types.AdminBookingsDocument,
    "\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingSummary\n      updatedAt\n      history {\n        occurredAt\n        action\n        actor\n        fromStatus\n        toStatus\n        previousStartsAt\n        newStartsAt\n      }\n    }\n  }\n": types.AdminBookingDocument,
    "\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n": types.AdminDashboardDocument,
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
    "\n  fragment UserSummary on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    emailVerified\n    lockedAt\n    mfaEnabled\n    hasHealthDataConsent\n  }\n": types.UserSummaryFragmentDoc,
    "\n  fragment UserDetail on User {\n    ...UserSummary\n    consents {\n      kind\n      given\n      version\n      currentVersion\n      upToDate\n      changedAt\n    }\n    therapistProfile {\n      id\n      displayName\n      status\n    }\n  }\n": types.UserDetailFragmentDoc,
    "\n  query AdminUsers($filter: AdminUserFilter, $offset: Int!, $limit: Int!, $sort: AdminUserSort) {\n    adminUsers(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {\n      total\n      items {\n        ...UserSummary\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetail\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation AdminLockUser($input: AccountLockInput!) {\n    lockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n": types.AdminLockUserDocument,
    "\n  mutation AdminUnlockUser($input: AccountLockInput!) {\n    unlockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n": types.AdminUnlockUserDocument,
    "\n  mutation AdminChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserDetail\n    }\n  }\n": types.AdminChangeUserRoleDocument,
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
export function graphql(source: "\n  query AdminModerationEvents($filter: ModerationEventFilter, $offset: Int!, $limit: Int!) {\n    adminModerationEvents(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        listing {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminModerationEvents($filter: ModerationEventFilter, $offset: Int!, $limit: Int!) {\n    adminModerationEvents(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n        listing {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccountAudit($subjectId: ID, $actorId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    adminAccountAudit(subjectId: $subjectId, actorId: $actorId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        reason\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        subjectId\n        actorId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAccountAudit($subjectId: ID, $actorId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    adminAccountAudit(subjectId: $subjectId, actorId: $actorId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        action\n        reason\n        before\n        after\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n        subjectId\n        actorId\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AdminStartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation AdminStartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingSummary on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    format\n    createdAt\n    referralSource\n    rescheduleCount\n    lateCancellation\n    cancelledBy\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment BookingSummary on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    format\n    createdAt\n    referralSource\n    rescheduleCount\n    lateCancellation\n    cancelledBy\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {\n    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {\n      total\n      items {\n        ...BookingSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {\n    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {\n      total\n      items {\n        ...BookingSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingSummary\n      updatedAt\n      history {\n        occurredAt\n        action\n        actor\n        fromStatus\n        toStatus\n        previousStartsAt\n        newStartsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingSummary\n      updatedAt\n      history {\n        occurredAt\n        action\n        actor\n        fromStatus\n        toStatus\n        previousStartsAt\n        newStartsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserSummary on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    emailVerified\n    lockedAt\n    mfaEnabled\n    hasHealthDataConsent\n  }\n"): (typeof documents)["\n  fragment UserSummary on User {\n    id\n    displayName\n    email\n    role\n    createdAt\n    emailVerified\n    lockedAt\n    mfaEnabled\n    hasHealthDataConsent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetail on User {\n    ...UserSummary\n    consents {\n      kind\n      given\n      version\n      currentVersion\n      upToDate\n      changedAt\n    }\n    therapistProfile {\n      id\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment UserDetail on User {\n    ...UserSummary\n    consents {\n      kind\n      given\n      version\n      currentVersion\n      upToDate\n      changedAt\n    }\n    therapistProfile {\n      id\n      displayName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: AdminUserFilter, $offset: Int!, $limit: Int!, $sort: AdminUserSort) {\n    adminUsers(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {\n      total\n      items {\n        ...UserSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: AdminUserFilter, $offset: Int!, $limit: Int!, $sort: AdminUserSort) {\n    adminUsers(filter: $filter, offset: $offset, limit: $limit, sort: $sort) {\n      total\n      items {\n        ...UserSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLockUser($input: AccountLockInput!) {\n    lockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLockUser($input: AccountLockInput!) {\n    lockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnlockUser($input: AccountLockInput!) {\n    unlockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUnlockUser($input: AccountLockInput!) {\n    unlockUser(input: $input) {\n      ...UserDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      ...UserDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;