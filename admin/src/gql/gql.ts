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
    "\n  query AdminBreakGlassAccesses($actorId: ID, $carePlanId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    breakGlassAccesses(actorId: $actorId, carePlanId: $carePlanId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AdminBreakGlassAccessesDocument,
    "\n  fragment BookingSummary on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    format\n    createdAt\n    referralSource\n    rescheduleCount\n    lateCancellation\n    cancelledBy\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.BookingSummaryFragmentDoc,
    "\n  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {\n    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {\n      total\n      items {\n        ...BookingSummary\n      }\n    }\n  }\n": typeof types.AdminBookingsDocument,
    "\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingSummary\n      updatedAt\n      history {\n        occurredAt\n        action\n        actor\n        fromStatus\n        toStatus\n        previousStartsAt\n        newStartsAt\n      }\n    }\n  }\n": typeof types.AdminBookingDocument,
    "\n  fragment CarePlanStatusView on CarePlan {\n    id\n    status\n    createdAt\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.CarePlanStatusViewFragmentDoc,
    "\n  query AdminCarePlans($status: CarePlanStatus, $therapistId: ID, $clientId: ID, $offset: Int!, $limit: Int!) {\n    adminCarePlans(status: $status, therapistId: $therapistId, clientId: $clientId, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CarePlanStatusView\n      }\n    }\n  }\n": typeof types.AdminCarePlansDocument,
    "\n  query AdminCarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanStatusView\n    }\n  }\n": typeof types.AdminCarePlanDocument,
    "\n  mutation AdminOpenCarePlanWithBreakGlass($id: ID!, $reason: String!) {\n    openCarePlanWithBreakGlass(id: $id, reason: $reason) {\n      ...CarePlanStatusView\n      summary\n      focusConditions\n      startDate\n      endDate\n      reviewCadenceWeeks\n      lastReviewedOn\n      nextReviewDue\n      overdueForReview\n      goals {\n        id\n        description\n        category\n        status\n        targetDate\n      }\n      activities {\n        id\n        type\n        timesPerWeek\n        instructions\n        active\n      }\n      reviews {\n        id\n        reviewedAt\n        notes\n      }\n      riskFlags {\n        id\n        reason\n        raisedAt\n        acknowledgedAt\n        action\n      }\n    }\n  }\n": typeof types.AdminOpenCarePlanWithBreakGlassDocument,
    "\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  fragment DeliveryRow on Delivery {\n    id\n    kind\n    recipientRole\n    channel\n    status\n    attempts\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n": typeof types.DeliveryRowFragmentDoc,
    "\n  query AdminDeliveries($filter: DeliveryFilter, $offset: Int!, $limit: Int!) {\n    deliveries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryRow\n      }\n    }\n  }\n": typeof types.AdminDeliveriesDocument,
    "\n  mutation AdminRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryRow\n    }\n  }\n": typeof types.AdminRetryDeliveryDocument,
    "\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminModerationQueueDocument,
    "\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    verified\n    verifiedAt\n    grantedScopes\n    createdAt\n  }\n": typeof types.OrganisationSummaryFragmentDoc,
    "\n  fragment OrganisationDetail on Organisation {\n    ...OrganisationSummary\n    members {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n    apiClients {\n      id\n      name\n      scopes\n      active\n      createdAt\n      lastUsedAt\n      revokedAt\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n    history {\n      id\n      action\n      actorId\n      subjectId\n      details\n      createdAt\n    }\n  }\n": typeof types.OrganisationDetailFragmentDoc,
    "\n  query AdminOrganisations($filter: AdminOrganisationFilter, $offset: Int!, $limit: Int!) {\n    adminOrganisations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...OrganisationSummary\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationSummary\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n": typeof types.AdminVerifyOrganisationDocument,
    "\n  mutation AdminAddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n": typeof types.AdminAddOrganisationMemberDocument,
    "\n  mutation AdminRemoveOrganisationMember($input: RemoveOrganisationMemberInput!) {\n    removeOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n": typeof types.AdminRemoveOrganisationMemberDocument,
    "\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      apiClient {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCreateApiClientDocument,
    "\n  mutation AdminRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.AdminRevokeApiClientDocument,
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    organisationId\n    url\n    description\n    eventTypes\n    status\n    createdAt\n    updatedAt\n  }\n": typeof types.WebhookEndpointRowFragmentDoc,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    replays\n    lastStatusCode\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n": typeof types.WebhookDeliveryRowFragmentDoc,
    "\n  query AdminWebhookEndpoints($organisationId: ID!) {\n    webhookEndpoints(organisationId: $organisationId) {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.AdminWebhookEndpointsDocument,
    "\n  query AdminWebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $offset: Int!, $limit: Int!) {\n    webhookEndpoint(id: $endpointId) {\n      id\n      deliveries(status: $status, offset: $offset, limit: $limit) {\n        total\n        items {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminDisableWebhookEndpoint($id: ID!) {\n    updateWebhookEndpoint(input: { id: $id, status: DISABLED }) {\n      ...WebhookEndpointRow\n    }\n  }\n": typeof types.AdminDisableWebhookEndpointDocument,
    "\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n": typeof types.AdminReplayWebhookDeliveryDocument,
    "\n  fragment ReferralSummary on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.ReferralSummaryFragmentDoc,
    "\n  query AdminReferrals($organisationId: ID, $statuses: [ReferralStatus!], $offset: Int!, $limit: Int!) {\n    adminReferrals(organisationId: $organisationId, statuses: $statuses, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ReferralSummary\n      }\n    }\n  }\n": typeof types.AdminReferralsDocument,
    "\n  query AdminEscalatedRiskFlags($offset: Int!, $limit: Int!) {\n    escalatedRiskFlags(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        raisedAt\n        escalatedAt\n        hoursOpen\n      }\n    }\n  }\n": typeof types.AdminEscalatedRiskFlagsDocument,
    "\n  fragment ListingSummary on Therapist {\n    id\n    displayName\n    headline\n    hcpcNumber\n    conditions\n    sessionFormats\n    city\n    outwardCode\n    status\n    listed\n    createdAt\n    updatedAt\n    publishedAt\n    version\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n  }\n": typeof types.ListingSummaryFragmentDoc,
    "\n  fragment ListingDetail on Therapist {\n    ...ListingSummary\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    approaches\n    fundingOptions\n    sessionMinutes\n    travelRadiusKm\n    user {\n      id\n      displayName\n      email\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      hcpcVerifiedBy {\n        id\n        displayName\n      }\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ListingDetailFragmentDoc,
    "\n  query AdminTherapists($filter: AdminTherapistFilter, $sort: AdminTherapistSort, $offset: Int!, $limit: Int!) {\n    adminTherapists(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ListingSummary\n      }\n    }\n  }\n": typeof types.AdminTherapistsDocument,
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
    "\n  query AdminBreakGlassAccesses($actorId: ID, $carePlanId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    breakGlassAccesses(actorId: $actorId, carePlanId: $carePlanId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AdminBreakGlassAccessesDocument,
    "\n  fragment BookingSummary on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    format\n    createdAt\n    referralSource\n    rescheduleCount\n    lateCancellation\n    cancelledBy\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.BookingSummaryFragmentDoc,
    "\n  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {\n    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {\n      total\n      items {\n        ...BookingSummary\n      }\n    }\n  }\n": types.AdminBookingsDocument,
    "\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingSummary\n      updatedAt\n      history {\n        occurredAt\n        action\n        actor\n        fromStatus\n        toStatus\n        previousStartsAt\n        newStartsAt\n      }\n    }\n  }\n": types.AdminBookingDocument,
    "\n  fragment CarePlanStatusView on CarePlan {\n    id\n    status\n    createdAt\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.CarePlanStatusViewFragmentDoc,
    "\n  query AdminCarePlans($status: CarePlanStatus, $therapistId: ID, $clientId: ID, $offset: Int!, $limit: Int!) {\n    adminCarePlans(status: $status, therapistId: $therapistId, clientId: $clientId, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CarePlanStatusView\n      }\n    }\n  }\n": types.AdminCarePlansDocument,
    "\n  query AdminCarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanStatusView\n    }\n  }\n": types.AdminCarePlanDocument,
    "\n  mutation AdminOpenCarePlanWithBreakGlass($id: ID!, $reason: String!) {\n    openCarePlanWithBreakGlass(id: $id, reason: $reason) {\n      ...CarePlanStatusView\n      summary\n      focusConditions\n      startDate\n      endDate\n      reviewCadenceWeeks\n      lastReviewedOn\n      nextReviewDue\n      overdueForReview\n      goals {\n        id\n        description\n        category\n        status\n        targetDate\n      }\n      activities {\n        id\n        type\n        timesPerWeek\n        instructions\n        active\n      }\n      reviews {\n        id\n        reviewedAt\n        notes\n      }\n      riskFlags {\n        id\n        reason\n        raisedAt\n        acknowledgedAt\n        action\n      }\n    }\n  }\n": types.AdminOpenCarePlanWithBreakGlassDocument,
    "\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  fragment DeliveryRow on Delivery {\n    id\n    kind\n    recipientRole\n    channel\n    status\n    attempts\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n": types.DeliveryRowFragmentDoc,
    "\n  query AdminDeliveries($filter: DeliveryFilter, $offset: Int!, $limit: Int!) {\n    deliveries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryRow\n      }\n    }\n  }\n": types.AdminDeliveriesDocument,
    "\n  mutation AdminRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryRow\n    }\n  }\n": types.AdminRetryDeliveryDocument,
    "\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n": types.AdminModerationQueueDocument,
    "\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    verified\n    verifiedAt\n    grantedScopes\n    createdAt\n  }\n": types.OrganisationSummaryFragmentDoc,
    "\n  fragment OrganisationDetail on Organisation {\n    ...OrganisationSummary\n    members {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n    apiClients {\n      id\n      name\n      scopes\n      active\n      createdAt\n      lastUsedAt\n      revokedAt\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n    history {\n      id\n      action\n      actorId\n      subjectId\n      details\n      createdAt\n    }\n  }\n": types.OrganisationDetailFragmentDoc,
    "\n  query AdminOrganisations($filter: AdminOrganisationFilter, $offset: Int!, $limit: Int!) {\n    adminOrganisations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...OrganisationSummary\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationSummary\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n": types.AdminVerifyOrganisationDocument,
    "\n  mutation AdminAddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n": types.AdminAddOrganisationMemberDocument,
    "\n  mutation AdminRemoveOrganisationMember($input: RemoveOrganisationMemberInput!) {\n    removeOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n": types.AdminRemoveOrganisationMemberDocument,
    "\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      apiClient {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCreateApiClientDocument,
    "\n  mutation AdminRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      id\n      active\n    }\n  }\n": types.AdminRevokeApiClientDocument,
    "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    organisationId\n    url\n    description\n    eventTypes\n    status\n    createdAt\n    updatedAt\n  }\n": types.WebhookEndpointRowFragmentDoc,
    "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    replays\n    lastStatusCode\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n": types.WebhookDeliveryRowFragmentDoc,
    "\n  query AdminWebhookEndpoints($organisationId: ID!) {\n    webhookEndpoints(organisationId: $organisationId) {\n      ...WebhookEndpointRow\n    }\n  }\n": types.AdminWebhookEndpointsDocument,
    "\n  query AdminWebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $offset: Int!, $limit: Int!) {\n    webhookEndpoint(id: $endpointId) {\n      id\n      deliveries(status: $status, offset: $offset, limit: $limit) {\n        total\n        items {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  mutation AdminDisableWebhookEndpoint($id: ID!) {\n    updateWebhookEndpoint(input: { id: $id, status: DISABLED }) {\n      ...WebhookEndpointRow\n    }\n  }\n": types.AdminDisableWebhookEndpointDocument,
    "\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n": types.AdminReplayWebhookDeliveryDocument,
    "\n  fragment ReferralSummary on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.ReferralSummaryFragmentDoc,
    "\n  query AdminReferrals($organisationId: ID, $statuses: [ReferralStatus!], $offset: Int!, $limit: Int!) {\n    adminReferrals(organisationId: $organisationId, statuses: $statuses, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ReferralSummary\n      }\n    }\n  }\n": types.AdminReferralsDocument,
    "\n  query AdminEscalatedRiskFlags($offset: Int!, $limit: Int!) {\n    escalatedRiskFlags(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        raisedAt\n        escalatedAt\n        hoursOpen\n      }\n    }\n  }\n": types.AdminEscalatedRiskFlagsDocument,
    "\n  fragment ListingSummary on Therapist {\n    id\n    displayName\n    headline\n    hcpcNumber\n    conditions\n    sessionFormats\n    city\n    outwardCode\n    status\n    listed\n    createdAt\n    updatedAt\n    publishedAt\n    version\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n      verifiedAt\n      registerExpiresOn\n    }\n  }\n": types.ListingSummaryFragmentDoc,
    "\n  fragment ListingDetail on Therapist {\n    ...ListingSummary\n    biography\n    photoUrl\n    yearsOfExperience\n    languages\n    gender\n    approaches\n    fundingOptions\n    sessionMinutes\n    travelRadiusKm\n    user {\n      id\n      displayName\n      email\n    }\n    privateDetails {\n      postcode\n      hidden\n      reviewRequestedAt\n      hcpcVerificationNotes\n      hcpcVerifiedBy {\n        id\n        displayName\n      }\n      pendingChanges {\n        displayName\n        hcpcNumber\n        conditions\n        sessionFormats\n        proposedAt\n      }\n      moderationHistory {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        occurredAt\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ListingDetailFragmentDoc,
    "\n  query AdminTherapists($filter: AdminTherapistFilter, $sort: AdminTherapistSort, $offset: Int!, $limit: Int!) {\n    adminTherapists(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ListingSummary\n      }\n    }\n  }\n": types.AdminTherapistsDocument,
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
export function graphql(source: "\n  query AdminBreakGlassAccesses($actorId: ID, $carePlanId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    breakGlassAccesses(actorId: $actorId, carePlanId: $carePlanId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminBreakGlassAccesses($actorId: ID, $carePlanId: ID, $from: DateTime, $to: DateTime, $offset: Int!, $limit: Int!) {\n    breakGlassAccesses(actorId: $actorId, carePlanId: $carePlanId, from: $from, to: $to, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CarePlanStatusView on CarePlan {\n    id\n    status\n    createdAt\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CarePlanStatusView on CarePlan {\n    id\n    status\n    createdAt\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCarePlans($status: CarePlanStatus, $therapistId: ID, $clientId: ID, $offset: Int!, $limit: Int!) {\n    adminCarePlans(status: $status, therapistId: $therapistId, clientId: $clientId, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CarePlanStatusView\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCarePlans($status: CarePlanStatus, $therapistId: ID, $clientId: ID, $offset: Int!, $limit: Int!) {\n    adminCarePlans(status: $status, therapistId: $therapistId, clientId: $clientId, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...CarePlanStatusView\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanStatusView\n    }\n  }\n"): (typeof documents)["\n  query AdminCarePlan($id: ID!) {\n    carePlan(id: $id) {\n      ...CarePlanStatusView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOpenCarePlanWithBreakGlass($id: ID!, $reason: String!) {\n    openCarePlanWithBreakGlass(id: $id, reason: $reason) {\n      ...CarePlanStatusView\n      summary\n      focusConditions\n      startDate\n      endDate\n      reviewCadenceWeeks\n      lastReviewedOn\n      nextReviewDue\n      overdueForReview\n      goals {\n        id\n        description\n        category\n        status\n        targetDate\n      }\n      activities {\n        id\n        type\n        timesPerWeek\n        instructions\n        active\n      }\n      reviews {\n        id\n        reviewedAt\n        notes\n      }\n      riskFlags {\n        id\n        reason\n        raisedAt\n        acknowledgedAt\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminOpenCarePlanWithBreakGlass($id: ID!, $reason: String!) {\n    openCarePlanWithBreakGlass(id: $id, reason: $reason) {\n      ...CarePlanStatusView\n      summary\n      focusConditions\n      startDate\n      endDate\n      reviewCadenceWeeks\n      lastReviewedOn\n      nextReviewDue\n      overdueForReview\n      goals {\n        id\n        description\n        category\n        status\n        targetDate\n      }\n      activities {\n        id\n        type\n        timesPerWeek\n        instructions\n        active\n      }\n      reviews {\n        id\n        reviewedAt\n        notes\n      }\n      riskFlags {\n        id\n        reason\n        raisedAt\n        acknowledgedAt\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {\n    adminListingStats {\n      byStatus {\n        status\n        count\n      }\n      waitingForReview\n      oldestWaitingSince\n    }\n    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {\n      total\n    }\n    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryRow on Delivery {\n    id\n    kind\n    recipientRole\n    channel\n    status\n    attempts\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment DeliveryRow on Delivery {\n    id\n    kind\n    recipientRole\n    channel\n    status\n    attempts\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeliveries($filter: DeliveryFilter, $offset: Int!, $limit: Int!) {\n    deliveries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDeliveries($filter: DeliveryFilter, $offset: Int!, $limit: Int!) {\n    deliveries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DeliveryRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryRow\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          kind\n          waitingSince\n          waitingSeconds\n          listing {\n            ...ListingSummary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    verified\n    verifiedAt\n    grantedScopes\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganisationSummary on Organisation {\n    id\n    name\n    kind\n    odsCode\n    verified\n    verifiedAt\n    grantedScopes\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationDetail on Organisation {\n    ...OrganisationSummary\n    members {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n    apiClients {\n      id\n      name\n      scopes\n      active\n      createdAt\n      lastUsedAt\n      revokedAt\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n    history {\n      id\n      action\n      actorId\n      subjectId\n      details\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationDetail on Organisation {\n    ...OrganisationSummary\n    members {\n      id\n      role\n      addedAt\n      user {\n        id\n        displayName\n        email\n      }\n    }\n    apiClients {\n      id\n      name\n      scopes\n      active\n      createdAt\n      lastUsedAt\n      revokedAt\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n    history {\n      id\n      action\n      actorId\n      subjectId\n      details\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($filter: AdminOrganisationFilter, $offset: Int!, $limit: Int!) {\n    adminOrganisations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...OrganisationSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($filter: AdminOrganisationFilter, $offset: Int!, $limit: Int!) {\n    adminOrganisations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...OrganisationSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationSummary\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminVerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      ...OrganisationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveOrganisationMember($input: RemoveOrganisationMemberInput!) {\n    removeOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveOrganisationMember($input: RemoveOrganisationMemberInput!) {\n    removeOrganisationMember(input: $input) {\n      ...OrganisationDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      apiClient {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      apiClient {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    organisationId\n    url\n    description\n    eventTypes\n    status\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointRow on WebhookEndpoint {\n    id\n    organisationId\n    url\n    description\n    eventTypes\n    status\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    replays\n    lastStatusCode\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryRow on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    replays\n    lastStatusCode\n    lastError\n    createdAt\n    updatedAt\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookEndpoints($organisationId: ID!) {\n    webhookEndpoints(organisationId: $organisationId) {\n      ...WebhookEndpointRow\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookEndpoints($organisationId: ID!) {\n    webhookEndpoints(organisationId: $organisationId) {\n      ...WebhookEndpointRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $offset: Int!, $limit: Int!) {\n    webhookEndpoint(id: $endpointId) {\n      id\n      deliveries(status: $status, offset: $offset, limit: $limit) {\n        total\n        items {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $offset: Int!, $limit: Int!) {\n    webhookEndpoint(id: $endpointId) {\n      id\n      deliveries(status: $status, offset: $offset, limit: $limit) {\n        total\n        items {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableWebhookEndpoint($id: ID!) {\n    updateWebhookEndpoint(input: { id: $id, status: DISABLED }) {\n      ...WebhookEndpointRow\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDisableWebhookEndpoint($id: ID!) {\n    updateWebhookEndpoint(input: { id: $id, status: DISABLED }) {\n      ...WebhookEndpointRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralSummary on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralSummary on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReferrals($organisationId: ID, $statuses: [ReferralStatus!], $offset: Int!, $limit: Int!) {\n    adminReferrals(organisationId: $organisationId, statuses: $statuses, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ReferralSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReferrals($organisationId: ID, $statuses: [ReferralStatus!], $offset: Int!, $limit: Int!) {\n    adminReferrals(organisationId: $organisationId, statuses: $statuses, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ReferralSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEscalatedRiskFlags($offset: Int!, $limit: Int!) {\n    escalatedRiskFlags(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        raisedAt\n        escalatedAt\n        hoursOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEscalatedRiskFlags($offset: Int!, $limit: Int!) {\n    escalatedRiskFlags(offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        carePlanId\n        raisedAt\n        escalatedAt\n        hoursOpen\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminTherapists($filter: AdminTherapistFilter, $sort: AdminTherapistSort, $offset: Int!, $limit: Int!) {\n    adminTherapists(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ListingSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTherapists($filter: AdminTherapistFilter, $sort: AdminTherapistSort, $offset: Int!, $limit: Int!) {\n    adminTherapists(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ListingSummary\n      }\n    }\n  }\n"];
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