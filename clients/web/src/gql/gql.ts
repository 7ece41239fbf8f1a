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
    "\n  query ConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n": typeof types.ConsentDocumentsDocument,
    "\n  mutation WebVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.WebVerifyEmailDocument,
    "\n  fragment BookingSummary on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    movesLeft\n    lateCancellation\n    freeCancellationUntil\n    homeVisitPostcode\n    videoRoomUrl\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.BookingSummaryFragmentDoc,
    "\n  mutation CreateBooking($idempotencyKey: String!, $input: CreateBookingInput!) {\n    createBooking(idempotencyKey: $idempotencyKey, input: $input) {\n      ...BookingSummary\n    }\n  }\n": typeof types.CreateBookingDocument,
    "\n  query MyBookings($first: Int, $after: String) {\n    me {\n      id\n      bookings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...BookingSummary\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingSummary\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...BookingSummary\n    }\n  }\n": typeof types.RescheduleBookingDocument,
    "\n  fragment NewActivityLog on ActivityLog {\n    id\n    doneAt\n    mood\n  }\n": typeof types.NewActivityLogFragmentDoc,
    "\n  query MyCarePlans {\n    me {\n      id\n      carePlans {\n        id\n        status\n        summary\n        startDate\n        endDate\n        nextReviewDue\n        therapist {\n          id\n          displayName\n        }\n        goals {\n          id\n          description\n          category\n          targetDate\n          status\n          achievement\n        }\n        activities {\n          id\n          type\n          timesPerWeek\n          instructions\n          active\n          logs(last: 10) {\n            id\n            doneAt\n            mood\n          }\n        }\n        questionnaires {\n          id\n          kind\n          total\n          severity\n          completedAt\n        }\n        trends {\n          measures {\n            measure\n            points {\n              at\n              value\n              band\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCarePlansDocument,
    "\n  mutation LogActivity($activityId: ID!, $input: ActivityLogInput) {\n    logActivity(activityId: $activityId, input: $input) {\n      id\n      doneAt\n      mood\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation SubmitQuestionnaire($carePlanId: ID!, $input: QuestionnaireInput!) {\n    submitQuestionnaire(carePlanId: $carePlanId, input: $input) {\n      id\n      kind\n      total\n      severity\n      completedAt\n    }\n  }\n": typeof types.SubmitQuestionnaireDocument,
    "\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation AcceptConsents($input: [ConsentAcceptanceInput!]!) {\n    acceptConsents(input: $input) {\n      id\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n": typeof types.AcceptConsentsDocument,
    "\n  query ExportMyData {\n    exportMyData {\n      userId\n      generatedAt\n      account\n      therapistListing\n      bookings\n      waitlist\n      carePlans\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deletedRecords\n      retainedRecords\n      clinicalRecordsRetainedUntil\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  fragment MyReferral on Referral {\n    id\n    status\n    origin\n    createdAt\n    statusChangedAt\n    referrerName\n    declineReason\n    therapist {\n      id\n      displayName\n    }\n    dischargeSummary {\n      phq9AtStart\n      phq9AtEnd\n      gad7AtStart\n      gad7AtEnd\n      goalsAchieved\n      recommendations\n      writtenAt\n      sharedWithReferrer\n    }\n  }\n": typeof types.MyReferralFragmentDoc,
    "\n  query MyReferrals {\n    myReferrals {\n      ...MyReferral\n    }\n  }\n": typeof types.MyReferralsDocument,
    "\n  mutation ShareDischargeSummary($referralId: ID!, $share: Boolean!) {\n    shareDischargeSummary(referralId: $referralId, share: $share) {\n      ...MyReferral\n    }\n  }\n": typeof types.ShareDischargeSummaryDocument,
    "\n  mutation SubmitGpLetter($input: SubmitGpLetterInput!, $idempotencyKey: String!) {\n    submitGpLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      ...MyReferral\n    }\n  }\n": typeof types.SubmitGpLetterDocument,
    "\n  fragment TherapistCard on Therapist {\n    id\n    displayName\n    headline\n    city\n    outwardCode\n    conditions\n    sessionFormats\n    languages\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n    }\n    nextAvailableSlot {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.TherapistCardFragmentDoc,
    "\n  query SearchTherapists($first: Int, $after: String, $filter: TherapistSearchFilter, $sort: TherapistSearchSort) {\n    searchTherapists(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...TherapistCard\n        }\n      }\n    }\n  }\n": typeof types.SearchTherapistsDocument,
    "\n  query SitemapListings($first: Int, $after: String) {\n    searchTherapists(first: $first, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          city\n        }\n      }\n    }\n  }\n": typeof types.SitemapListingsDocument,
    "\n  query TherapistProfile($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistCard\n      biography\n      yearsOfExperience\n      approaches\n      fundingOptions\n      sessionMinutes\n      travelRadiusKm\n      hcpcNumber\n      listed\n      cancellationPolicy {\n        freeCancellationHours\n      }\n      hcpcVerification {\n        status\n        registerExpiresOn\n      }\n    }\n  }\n": typeof types.TherapistProfileDocument,
    "\n  query TherapistAvailability($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.TherapistAvailabilityDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    from\n    to\n    format\n    joinedAt\n    lastNotifiedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n": typeof types.WaitlistEntryFieldsFragmentDoc,
    "\n  query MyWaitlist {\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.MyWaitlistDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      ...WaitlistEntryFields\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      id\n      endedAt\n    }\n  }\n": typeof types.LeaveWaitlistDocument,
};
const documents: Documents = {
    "\n  query ConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n": types.ConsentDocumentsDocument,
    "\n  mutation WebVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.WebVerifyEmailDocument,
    "\n  fragment BookingSummary on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    movesLeft\n    lateCancellation\n    freeCancellationUntil\n    homeVisitPostcode\n    videoRoomUrl\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.BookingSummaryFragmentDoc,
    "\n  mutation CreateBooking($idempotencyKey: String!, $input: CreateBookingInput!) {\n    createBooking(idempotencyKey: $idempotencyKey, input: $input) {\n      ...BookingSummary\n    }\n  }\n": types.CreateBookingDocument,
    "\n  query MyBookings($first: Int, $after: String) {\n    me {\n      id\n      bookings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...BookingSummary\n          }\n        }\n      }\n    }\n  }\n": types.MyBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingSummary\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...BookingSummary\n    }\n  }\n": types.RescheduleBookingDocument,
    "\n  fragment NewActivityLog on ActivityLog {\n    id\n    doneAt\n    mood\n  }\n": types.NewActivityLogFragmentDoc,
    "\n  query MyCarePlans {\n    me {\n      id\n      carePlans {\n        id\n        status\n        summary\n        startDate\n        endDate\n        nextReviewDue\n        therapist {\n          id\n          displayName\n        }\n        goals {\n          id\n          description\n          category\n          targetDate\n          status\n          achievement\n        }\n        activities {\n          id\n          type\n          timesPerWeek\n          instructions\n          active\n          logs(last: 10) {\n            id\n            doneAt\n            mood\n          }\n        }\n        questionnaires {\n          id\n          kind\n          total\n          severity\n          completedAt\n        }\n        trends {\n          measures {\n            measure\n            points {\n              at\n              value\n              band\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyCarePlansDocument,
    "\n  mutation LogActivity($activityId: ID!, $input: ActivityLogInput) {\n    logActivity(activityId: $activityId, input: $input) {\n      id\n      doneAt\n      mood\n    }\n  }\n": types.LogActivityDocument,
    "\n  mutation SubmitQuestionnaire($carePlanId: ID!, $input: QuestionnaireInput!) {\n    submitQuestionnaire(carePlanId: $carePlanId, input: $input) {\n      id\n      kind\n      total\n      severity\n      completedAt\n    }\n  }\n": types.SubmitQuestionnaireDocument,
    "\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation AcceptConsents($input: [ConsentAcceptanceInput!]!) {\n    acceptConsents(input: $input) {\n      id\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n": types.AcceptConsentsDocument,
    "\n  query ExportMyData {\n    exportMyData {\n      userId\n      generatedAt\n      account\n      therapistListing\n      bookings\n      waitlist\n      carePlans\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deletedRecords\n      retainedRecords\n      clinicalRecordsRetainedUntil\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  fragment MyReferral on Referral {\n    id\n    status\n    origin\n    createdAt\n    statusChangedAt\n    referrerName\n    declineReason\n    therapist {\n      id\n      displayName\n    }\n    dischargeSummary {\n      phq9AtStart\n      phq9AtEnd\n      gad7AtStart\n      gad7AtEnd\n      goalsAchieved\n      recommendations\n      writtenAt\n      sharedWithReferrer\n    }\n  }\n": types.MyReferralFragmentDoc,
    "\n  query MyReferrals {\n    myReferrals {\n      ...MyReferral\n    }\n  }\n": types.MyReferralsDocument,
    "\n  mutation ShareDischargeSummary($referralId: ID!, $share: Boolean!) {\n    shareDischargeSummary(referralId: $referralId, share: $share) {\n      ...MyReferral\n    }\n  }\n": types.ShareDischargeSummaryDocument,
    "\n  mutation SubmitGpLetter($input: SubmitGpLetterInput!, $idempotencyKey: String!) {\n    submitGpLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      ...MyReferral\n    }\n  }\n": types.SubmitGpLetterDocument,
    "\n  fragment TherapistCard on Therapist {\n    id\n    displayName\n    headline\n    city\n    outwardCode\n    conditions\n    sessionFormats\n    languages\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n    }\n    nextAvailableSlot {\n      startsAt\n      endsAt\n    }\n  }\n": types.TherapistCardFragmentDoc,
    "\n  query SearchTherapists($first: Int, $after: String, $filter: TherapistSearchFilter, $sort: TherapistSearchSort) {\n    searchTherapists(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...TherapistCard\n        }\n      }\n    }\n  }\n": types.SearchTherapistsDocument,
    "\n  query SitemapListings($first: Int, $after: String) {\n    searchTherapists(first: $first, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          city\n        }\n      }\n    }\n  }\n": types.SitemapListingsDocument,
    "\n  query TherapistProfile($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistCard\n      biography\n      yearsOfExperience\n      approaches\n      fundingOptions\n      sessionMinutes\n      travelRadiusKm\n      hcpcNumber\n      listed\n      cancellationPolicy {\n        freeCancellationHours\n      }\n      hcpcVerification {\n        status\n        registerExpiresOn\n      }\n    }\n  }\n": types.TherapistProfileDocument,
    "\n  query TherapistAvailability($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.TherapistAvailabilityDocument,
    "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    from\n    to\n    format\n    joinedAt\n    lastNotifiedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n": types.WaitlistEntryFieldsFragmentDoc,
    "\n  query MyWaitlist {\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n": types.MyWaitlistDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      ...WaitlistEntryFields\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      id\n      endedAt\n    }\n  }\n": types.LeaveWaitlistDocument,
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
export function graphql(source: "\n  query ConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n"): (typeof documents)["\n  query ConsentDocuments {\n    consentDocuments {\n      kind\n      version\n      title\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation WebVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingSummary on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    movesLeft\n    lateCancellation\n    freeCancellationUntil\n    homeVisitPostcode\n    videoRoomUrl\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment BookingSummary on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    movesLeft\n    lateCancellation\n    freeCancellationUntil\n    homeVisitPostcode\n    videoRoomUrl\n    cancelledAt\n    fee {\n      amountPence\n      currency\n    }\n    therapist {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBooking($idempotencyKey: String!, $input: CreateBookingInput!) {\n    createBooking(idempotencyKey: $idempotencyKey, input: $input) {\n      ...BookingSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBooking($idempotencyKey: String!, $input: CreateBookingInput!) {\n    createBooking(idempotencyKey: $idempotencyKey, input: $input) {\n      ...BookingSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($first: Int, $after: String) {\n    me {\n      id\n      bookings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...BookingSummary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($first: Int, $after: String) {\n    me {\n      id\n      bookings(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...BookingSummary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...BookingSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...BookingSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewActivityLog on ActivityLog {\n    id\n    doneAt\n    mood\n  }\n"): (typeof documents)["\n  fragment NewActivityLog on ActivityLog {\n    id\n    doneAt\n    mood\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCarePlans {\n    me {\n      id\n      carePlans {\n        id\n        status\n        summary\n        startDate\n        endDate\n        nextReviewDue\n        therapist {\n          id\n          displayName\n        }\n        goals {\n          id\n          description\n          category\n          targetDate\n          status\n          achievement\n        }\n        activities {\n          id\n          type\n          timesPerWeek\n          instructions\n          active\n          logs(last: 10) {\n            id\n            doneAt\n            mood\n          }\n        }\n        questionnaires {\n          id\n          kind\n          total\n          severity\n          completedAt\n        }\n        trends {\n          measures {\n            measure\n            points {\n              at\n              value\n              band\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCarePlans {\n    me {\n      id\n      carePlans {\n        id\n        status\n        summary\n        startDate\n        endDate\n        nextReviewDue\n        therapist {\n          id\n          displayName\n        }\n        goals {\n          id\n          description\n          category\n          targetDate\n          status\n          achievement\n        }\n        activities {\n          id\n          type\n          timesPerWeek\n          instructions\n          active\n          logs(last: 10) {\n            id\n            doneAt\n            mood\n          }\n        }\n        questionnaires {\n          id\n          kind\n          total\n          severity\n          completedAt\n        }\n        trends {\n          measures {\n            measure\n            points {\n              at\n              value\n              band\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($activityId: ID!, $input: ActivityLogInput) {\n    logActivity(activityId: $activityId, input: $input) {\n      id\n      doneAt\n      mood\n    }\n  }\n"): (typeof documents)["\n  mutation LogActivity($activityId: ID!, $input: ActivityLogInput) {\n    logActivity(activityId: $activityId, input: $input) {\n      id\n      doneAt\n      mood\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuestionnaire($carePlanId: ID!, $input: QuestionnaireInput!) {\n    submitQuestionnaire(carePlanId: $carePlanId, input: $input) {\n      id\n      kind\n      total\n      severity\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuestionnaire($carePlanId: ID!, $input: QuestionnaireInput!) {\n    submitQuestionnaire(carePlanId: $carePlanId, input: $input) {\n      id\n      kind\n      total\n      severity\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptConsents($input: [ConsentAcceptanceInput!]!) {\n    acceptConsents(input: $input) {\n      id\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptConsents($input: [ConsentAcceptanceInput!]!) {\n    acceptConsents(input: $input) {\n      id\n      hasHealthDataConsent\n      consents {\n        kind\n        given\n        upToDate\n        version\n        currentVersion\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData {\n      userId\n      generatedAt\n      account\n      therapistListing\n      bookings\n      waitlist\n      carePlans\n    }\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData {\n      userId\n      generatedAt\n      account\n      therapistListing\n      bookings\n      waitlist\n      carePlans\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deletedRecords\n      retainedRecords\n      clinicalRecordsRetainedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input) {\n      deletedRecords\n      retainedRecords\n      clinicalRecordsRetainedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyReferral on Referral {\n    id\n    status\n    origin\n    createdAt\n    statusChangedAt\n    referrerName\n    declineReason\n    therapist {\n      id\n      displayName\n    }\n    dischargeSummary {\n      phq9AtStart\n      phq9AtEnd\n      gad7AtStart\n      gad7AtEnd\n      goalsAchieved\n      recommendations\n      writtenAt\n      sharedWithReferrer\n    }\n  }\n"): (typeof documents)["\n  fragment MyReferral on Referral {\n    id\n    status\n    origin\n    createdAt\n    statusChangedAt\n    referrerName\n    declineReason\n    therapist {\n      id\n      displayName\n    }\n    dischargeSummary {\n      phq9AtStart\n      phq9AtEnd\n      gad7AtStart\n      gad7AtEnd\n      goalsAchieved\n      recommendations\n      writtenAt\n      sharedWithReferrer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferrals {\n    myReferrals {\n      ...MyReferral\n    }\n  }\n"): (typeof documents)["\n  query MyReferrals {\n    myReferrals {\n      ...MyReferral\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareDischargeSummary($referralId: ID!, $share: Boolean!) {\n    shareDischargeSummary(referralId: $referralId, share: $share) {\n      ...MyReferral\n    }\n  }\n"): (typeof documents)["\n  mutation ShareDischargeSummary($referralId: ID!, $share: Boolean!) {\n    shareDischargeSummary(referralId: $referralId, share: $share) {\n      ...MyReferral\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitGpLetter($input: SubmitGpLetterInput!, $idempotencyKey: String!) {\n    submitGpLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      ...MyReferral\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitGpLetter($input: SubmitGpLetterInput!, $idempotencyKey: String!) {\n    submitGpLetter(input: $input, idempotencyKey: $idempotencyKey) {\n      ...MyReferral\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TherapistCard on Therapist {\n    id\n    displayName\n    headline\n    city\n    outwardCode\n    conditions\n    sessionFormats\n    languages\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n    }\n    nextAvailableSlot {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  fragment TherapistCard on Therapist {\n    id\n    displayName\n    headline\n    city\n    outwardCode\n    conditions\n    sessionFormats\n    languages\n    fee {\n      amountPence\n      currency\n    }\n    hcpcVerification {\n      status\n    }\n    nextAvailableSlot {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTherapists($first: Int, $after: String, $filter: TherapistSearchFilter, $sort: TherapistSearchSort) {\n    searchTherapists(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...TherapistCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTherapists($first: Int, $after: String, $filter: TherapistSearchFilter, $sort: TherapistSearchSort) {\n    searchTherapists(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          ...TherapistCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapListings($first: Int, $after: String) {\n    searchTherapists(first: $first, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SitemapListings($first: Int, $after: String) {\n    searchTherapists(first: $first, after: $after, sort: NEWEST) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistProfile($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistCard\n      biography\n      yearsOfExperience\n      approaches\n      fundingOptions\n      sessionMinutes\n      travelRadiusKm\n      hcpcNumber\n      listed\n      cancellationPolicy {\n        freeCancellationHours\n      }\n      hcpcVerification {\n        status\n        registerExpiresOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistProfile($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistCard\n      biography\n      yearsOfExperience\n      approaches\n      fundingOptions\n      sessionMinutes\n      travelRadiusKm\n      hcpcNumber\n      listed\n      cancellationPolicy {\n        freeCancellationHours\n      }\n      hcpcVerification {\n        status\n        registerExpiresOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistAvailability($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistAvailability($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    from\n    to\n    format\n    joinedAt\n    lastNotifiedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment WaitlistEntryFields on WaitlistEntry {\n    id\n    from\n    to\n    format\n    joinedAt\n    lastNotifiedAt\n    therapist {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitlist {\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  query MyWaitlist {\n    myWaitlist {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      ...WaitlistEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      ...WaitlistEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      id\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id) {\n      id\n      endedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;