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
    "\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    movesLeft\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n": typeof types.WorkspaceSessionFragmentDoc,
    "\n  query WorkspaceBookings($filter: TherapistBookingFilter, $earliestFirst: Boolean, $first: Int = 100) {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: $first, filter: $filter, earliestFirst: $earliestFirst) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceBookingsDocument,
    "\n  query WorkspaceTherapistId {\n    me {\n      id\n      therapistProfile {\n        id\n      }\n    }\n  }\n": typeof types.WorkspaceTherapistIdDocument,
    "\n  mutation ConfirmSession($id: ID!) {\n    confirmBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.ConfirmSessionDocument,
    "\n  mutation DeclineSession($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.DeclineSessionDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation CompleteSession($id: ID!) {\n    completeBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.CompleteSessionDocument,
    "\n  mutation MarkSessionNoShow($id: ID!) {\n    markBookingNoShow(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.MarkSessionNoShowDocument,
    "\n  query WorkspaceFreeTimes($therapistId: ID!, $format: SessionFormat, $from: DateTime!, $to: DateTime!) {\n    therapist(id: $therapistId) {\n      id\n      availability(format: $format, from: $from, to: $to) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.WorkspaceFreeTimesDocument,
    "\n  mutation MoveSession($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.MoveSessionDocument,
    "\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n    reviews {\n      id\n      reviewedAt\n      notes\n      copmPerformance\n      copmSatisfaction\n      copmPerformanceMeaningful\n      copmSatisfactionMeaningful\n      booking {\n        id\n      }\n    }\n    trends {\n      measures {\n        measure\n        points {\n          at\n          value\n          band\n          meaningfulChange\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceCarePlanFragmentDoc,
    "\n  query WorkspaceCarePlanDetail($id: ID!) {\n    carePlan(id: $id) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.WorkspaceCarePlanDetailDocument,
    "\n  mutation OpenCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.OpenCarePlanDocument,
    "\n  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {\n    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.ChangeCarePlanStatusDocument,
    "\n  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {\n    addGoal(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddPlanGoalDocument,
    "\n  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      status\n      achievement\n      version\n    }\n  }\n": typeof types.UpdatePlanGoalDocument,
    "\n  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {\n    addActivity(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddPlanActivityDocument,
    "\n  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      active\n      timesPerWeek\n      instructions\n      version\n    }\n  }\n": typeof types.UpdatePlanActivityDocument,
    "\n  mutation ChangeCarePlanDetails($id: ID!, $expectedVersion: Int!, $input: UpdateCarePlanInput!) {\n    updateCarePlan(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.ChangeCarePlanDetailsDocument,
    "\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceClientPlansDocument,
    "\n  query WorkspaceClients {\n    myClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          client {\n            id\n            displayName\n          }\n          completedSessions\n          upcomingSessions\n          lastSessionAt\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceClientsDocument,
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
    "\n  fragment WorkspaceReferral on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    reason\n    conditions\n    referrerName\n    person {\n      givenName\n      familyName\n      dateOfBirth\n      email\n      phone\n    }\n  }\n": typeof types.WorkspaceReferralFragmentDoc,
    "\n  query WorkspaceReferrals {\n    referralInbox(first: 100, statuses: [SUBMITTED, ACCEPTED, BOOKED]) {\n      totalCount\n      edges {\n        node {\n          ...WorkspaceReferral\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceReferralsDocument,
    "\n  mutation WorkspaceAcceptReferral($referralId: ID!) {\n    acceptReferral(referralId: $referralId) {\n      ...WorkspaceReferral\n    }\n  }\n": typeof types.WorkspaceAcceptReferralDocument,
    "\n  mutation WorkspaceDeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n": typeof types.WorkspaceDeclineReferralDocument,
    "\n  mutation WorkspaceDischargeReferral($input: DischargeReferralInput!) {\n    dischargeReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n": typeof types.WorkspaceDischargeReferralDocument,
    "\n  mutation RecordPlanProgressReview($carePlanId: ID!, $expectedVersion: Int!, $input: ProgressReviewInput!) {\n    recordProgressReview(carePlanId: $carePlanId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      reviewedAt\n      questionnaires {\n        id\n        kind\n        total\n        severity\n      }\n    }\n  }\n": typeof types.RecordPlanProgressReviewDocument,
    "\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    cancellationCutoffHours\n    updatedAt\n    version\n  }\n": typeof types.OwnScheduleFragmentDoc,
    "\n  query TherapistOwnSchedule {\n    me {\n      id\n      therapistProfile {\n        id\n        status\n        listed\n        sessionFormats\n        sessionMinutes\n        schedule {\n          ...OwnSchedule\n        }\n      }\n    }\n  }\n": typeof types.TherapistOwnScheduleDocument,
    "\n  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {\n    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnSchedule\n    }\n  }\n": typeof types.TherapistSetScheduleDocument,
    "\n  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.TherapistAvailabilityPreviewDocument,
    "\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n      }\n    }\n    myOpenRiskFlags(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          raisedAt\n          carePlanId\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TherapistTodayDocument,
    "\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n": typeof types.AcknowledgeRiskFlagDocument,
};
const documents: Documents = {
    "\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    movesLeft\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n": types.WorkspaceSessionFragmentDoc,
    "\n  query WorkspaceBookings($filter: TherapistBookingFilter, $earliestFirst: Boolean, $first: Int = 100) {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: $first, filter: $filter, earliestFirst: $earliestFirst) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceBookingsDocument,
    "\n  query WorkspaceTherapistId {\n    me {\n      id\n      therapistProfile {\n        id\n      }\n    }\n  }\n": types.WorkspaceTherapistIdDocument,
    "\n  mutation ConfirmSession($id: ID!) {\n    confirmBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": types.ConfirmSessionDocument,
    "\n  mutation DeclineSession($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": types.DeclineSessionDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation CompleteSession($id: ID!) {\n    completeBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": types.CompleteSessionDocument,
    "\n  mutation MarkSessionNoShow($id: ID!) {\n    markBookingNoShow(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": types.MarkSessionNoShowDocument,
    "\n  query WorkspaceFreeTimes($therapistId: ID!, $format: SessionFormat, $from: DateTime!, $to: DateTime!) {\n    therapist(id: $therapistId) {\n      id\n      availability(format: $format, from: $from, to: $to) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.WorkspaceFreeTimesDocument,
    "\n  mutation MoveSession($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...WorkspaceSession\n    }\n  }\n": types.MoveSessionDocument,
    "\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n    reviews {\n      id\n      reviewedAt\n      notes\n      copmPerformance\n      copmSatisfaction\n      copmPerformanceMeaningful\n      copmSatisfactionMeaningful\n      booking {\n        id\n      }\n    }\n    trends {\n      measures {\n        measure\n        points {\n          at\n          value\n          band\n          meaningfulChange\n        }\n      }\n    }\n  }\n": types.WorkspaceCarePlanFragmentDoc,
    "\n  query WorkspaceCarePlanDetail($id: ID!) {\n    carePlan(id: $id) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.WorkspaceCarePlanDetailDocument,
    "\n  mutation OpenCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.OpenCarePlanDocument,
    "\n  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {\n    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.ChangeCarePlanStatusDocument,
    "\n  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {\n    addGoal(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": types.AddPlanGoalDocument,
    "\n  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      status\n      achievement\n      version\n    }\n  }\n": types.UpdatePlanGoalDocument,
    "\n  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {\n    addActivity(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": types.AddPlanActivityDocument,
    "\n  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      active\n      timesPerWeek\n      instructions\n      version\n    }\n  }\n": types.UpdatePlanActivityDocument,
    "\n  mutation ChangeCarePlanDetails($id: ID!, $expectedVersion: Int!, $input: UpdateCarePlanInput!) {\n    updateCarePlan(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.ChangeCarePlanDetailsDocument,
    "\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceClientPlansDocument,
    "\n  query WorkspaceClients {\n    myClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          client {\n            id\n            displayName\n          }\n          completedSessions\n          upcomingSessions\n          lastSessionAt\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceClientsDocument,
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
    "\n  fragment WorkspaceReferral on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    reason\n    conditions\n    referrerName\n    person {\n      givenName\n      familyName\n      dateOfBirth\n      email\n      phone\n    }\n  }\n": types.WorkspaceReferralFragmentDoc,
    "\n  query WorkspaceReferrals {\n    referralInbox(first: 100, statuses: [SUBMITTED, ACCEPTED, BOOKED]) {\n      totalCount\n      edges {\n        node {\n          ...WorkspaceReferral\n        }\n      }\n    }\n  }\n": types.WorkspaceReferralsDocument,
    "\n  mutation WorkspaceAcceptReferral($referralId: ID!) {\n    acceptReferral(referralId: $referralId) {\n      ...WorkspaceReferral\n    }\n  }\n": types.WorkspaceAcceptReferralDocument,
    "\n  mutation WorkspaceDeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n": types.WorkspaceDeclineReferralDocument,
    "\n  mutation WorkspaceDischargeReferral($input: DischargeReferralInput!) {\n    dischargeReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n": types.WorkspaceDischargeReferralDocument,
    "\n  mutation RecordPlanProgressReview($carePlanId: ID!, $expectedVersion: Int!, $input: ProgressReviewInput!) {\n    recordProgressReview(carePlanId: $carePlanId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      reviewedAt\n      questionnaires {\n        id\n        kind\n        total\n        severity\n      }\n    }\n  }\n": types.RecordPlanProgressReviewDocument,
    "\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    cancellationCutoffHours\n    updatedAt\n    version\n  }\n": types.OwnScheduleFragmentDoc,
    "\n  query TherapistOwnSchedule {\n    me {\n      id\n      therapistProfile {\n        id\n        status\n        listed\n        sessionFormats\n        sessionMinutes\n        schedule {\n          ...OwnSchedule\n        }\n      }\n    }\n  }\n": types.TherapistOwnScheduleDocument,
    "\n  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {\n    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {\n      ...OwnSchedule\n    }\n  }\n": types.TherapistSetScheduleDocument,
    "\n  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {\n    therapist(id: $id) {\n      id\n      availability(from: $from, to: $to, format: $format) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.TherapistAvailabilityPreviewDocument,
    "\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n      }\n    }\n    myOpenRiskFlags(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          raisedAt\n          carePlanId\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n": types.TherapistTodayDocument,
    "\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n": types.AcknowledgeRiskFlagDocument,
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
export function graphql(source: "\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    movesLeft\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    movesLeft\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceBookings($filter: TherapistBookingFilter, $earliestFirst: Boolean, $first: Int = 100) {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: $first, filter: $filter, earliestFirst: $earliestFirst) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceBookings($filter: TherapistBookingFilter, $earliestFirst: Boolean, $first: Int = 100) {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: $first, filter: $filter, earliestFirst: $earliestFirst) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceTherapistId {\n    me {\n      id\n      therapistProfile {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceTherapistId {\n    me {\n      id\n      therapistProfile {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSession($id: ID!) {\n    confirmBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSession($id: ID!) {\n    confirmBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSession($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSession($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSession($id: ID!) {\n    completeBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSession($id: ID!) {\n    completeBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSessionNoShow($id: ID!) {\n    markBookingNoShow(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n"): (typeof documents)["\n  mutation MarkSessionNoShow($id: ID!) {\n    markBookingNoShow(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceFreeTimes($therapistId: ID!, $format: SessionFormat, $from: DateTime!, $to: DateTime!) {\n    therapist(id: $therapistId) {\n      id\n      availability(format: $format, from: $from, to: $to) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceFreeTimes($therapistId: ID!, $format: SessionFormat, $from: DateTime!, $to: DateTime!) {\n    therapist(id: $therapistId) {\n      id\n      availability(format: $format, from: $from, to: $to) {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSession($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...WorkspaceSession\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSession($id: ID!, $startsAt: DateTime!) {\n    rescheduleBooking(id: $id, startsAt: $startsAt) {\n      ...WorkspaceSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n    reviews {\n      id\n      reviewedAt\n      notes\n      copmPerformance\n      copmSatisfaction\n      copmPerformanceMeaningful\n      copmSatisfactionMeaningful\n      booking {\n        id\n      }\n    }\n    trends {\n      measures {\n        measure\n        points {\n          at\n          value\n          band\n          meaningfulChange\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n    reviews {\n      id\n      reviewedAt\n      notes\n      copmPerformance\n      copmSatisfaction\n      copmPerformanceMeaningful\n      copmSatisfactionMeaningful\n      booking {\n        id\n      }\n    }\n    trends {\n      measures {\n        measure\n        points {\n          at\n          value\n          band\n          meaningfulChange\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceCarePlanDetail($id: ID!) {\n    carePlan(id: $id) {\n      ...WorkspaceCarePlan\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceCarePlanDetail($id: ID!) {\n    carePlan(id: $id) {\n      ...WorkspaceCarePlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {\n    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...WorkspaceCarePlan\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {\n    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...WorkspaceCarePlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {\n    addGoal(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {\n    addGoal(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      status\n      achievement\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      status\n      achievement\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {\n    addActivity(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {\n    addActivity(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      active\n      timesPerWeek\n      instructions\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      active\n      timesPerWeek\n      instructions\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCarePlanDetails($id: ID!, $expectedVersion: Int!, $input: UpdateCarePlanInput!) {\n    updateCarePlan(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCarePlanDetails($id: ID!, $expectedVersion: Int!, $input: UpdateCarePlanInput!) {\n    updateCarePlan(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceClients {\n    myClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          client {\n            id\n            displayName\n          }\n          completedSessions\n          upcomingSessions\n          lastSessionAt\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceClients {\n    myClients(first: 100) {\n      totalCount\n      edges {\n        node {\n          client {\n            id\n            displayName\n          }\n          completedSessions\n          upcomingSessions\n          lastSessionAt\n          nextSession {\n            id\n            startsAt\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment WorkspaceReferral on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    reason\n    conditions\n    referrerName\n    person {\n      givenName\n      familyName\n      dateOfBirth\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceReferral on Referral {\n    id\n    status\n    origin\n    urgency\n    fundingRoute\n    createdAt\n    statusChangedAt\n    reason\n    conditions\n    referrerName\n    person {\n      givenName\n      familyName\n      dateOfBirth\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceReferrals {\n    referralInbox(first: 100, statuses: [SUBMITTED, ACCEPTED, BOOKED]) {\n      totalCount\n      edges {\n        node {\n          ...WorkspaceReferral\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceReferrals {\n    referralInbox(first: 100, statuses: [SUBMITTED, ACCEPTED, BOOKED]) {\n      totalCount\n      edges {\n        node {\n          ...WorkspaceReferral\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspaceAcceptReferral($referralId: ID!) {\n    acceptReferral(referralId: $referralId) {\n      ...WorkspaceReferral\n    }\n  }\n"): (typeof documents)["\n  mutation WorkspaceAcceptReferral($referralId: ID!) {\n    acceptReferral(referralId: $referralId) {\n      ...WorkspaceReferral\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspaceDeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n"): (typeof documents)["\n  mutation WorkspaceDeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspaceDischargeReferral($input: DischargeReferralInput!) {\n    dischargeReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n"): (typeof documents)["\n  mutation WorkspaceDischargeReferral($input: DischargeReferralInput!) {\n    dischargeReferral(input: $input) {\n      ...WorkspaceReferral\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlanProgressReview($carePlanId: ID!, $expectedVersion: Int!, $input: ProgressReviewInput!) {\n    recordProgressReview(carePlanId: $carePlanId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      reviewedAt\n      questionnaires {\n        id\n        kind\n        total\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPlanProgressReview($carePlanId: ID!, $expectedVersion: Int!, $input: ProgressReviewInput!) {\n    recordProgressReview(carePlanId: $carePlanId, expectedVersion: $expectedVersion, input: $input) {\n      id\n      reviewedAt\n      questionnaires {\n        id\n        kind\n        total\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    cancellationCutoffHours\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment OwnSchedule on Schedule {\n    timeZone\n    weeklyHours {\n      weekday\n      start\n      end\n      formats\n    }\n    dateOverrides {\n      date\n      ranges {\n        start\n        end\n      }\n    }\n    bufferBeforeMinutes\n    bufferAfterMinutes\n    minimumNoticeMinutes\n    bookingWindowDays\n    sessionMinutes\n    requiresConfirmation\n    cancellationCutoffHours\n    updatedAt\n    version\n  }\n"];
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
export function graphql(source: "\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n      }\n    }\n    myOpenRiskFlags(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          raisedAt\n          carePlanId\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n      }\n    }\n    myOpenRiskFlags(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          reason\n          raisedAt\n          carePlanId\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;