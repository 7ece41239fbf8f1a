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
    "\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    rescheduleCount\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n": typeof types.WorkspaceSessionFragmentDoc,
    "\n  query WorkspaceBookings {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceBookingsDocument,
    "\n  mutation ConfirmSession($id: ID!) {\n    confirmBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.ConfirmSessionDocument,
    "\n  mutation DeclineSession($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.DeclineSessionDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.CancelSessionDocument,
    "\n  mutation CompleteSession($id: ID!) {\n    completeBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.CompleteSessionDocument,
    "\n  mutation MarkSessionNoShow($id: ID!) {\n    markBookingNoShow(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": typeof types.MarkSessionNoShowDocument,
    "\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n  }\n": typeof types.WorkspaceCarePlanFragmentDoc,
    "\n  query WorkspaceCarePlanDetail($id: ID!) {\n    carePlan(id: $id) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.WorkspaceCarePlanDetailDocument,
    "\n  mutation OpenCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.OpenCarePlanDocument,
    "\n  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {\n    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...WorkspaceCarePlan\n    }\n  }\n": typeof types.ChangeCarePlanStatusDocument,
    "\n  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {\n    addGoal(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddPlanGoalDocument,
    "\n  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      status\n      achievement\n      version\n    }\n  }\n": typeof types.UpdatePlanGoalDocument,
    "\n  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {\n    addActivity(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddPlanActivityDocument,
    "\n  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      active\n      timesPerWeek\n      instructions\n      version\n    }\n  }\n": typeof types.UpdatePlanActivityDocument,
    "\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceClientPlansDocument,
    "\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          client {\n            id\n            displayName\n          }\n          riskFlags {\n            id\n            reason\n            raisedAt\n            acknowledgedAt\n            action\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TherapistTodayDocument,
    "\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n": typeof types.AcknowledgeRiskFlagDocument,
};
const documents: Documents = {
    "\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    rescheduleCount\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n": types.WorkspaceSessionFragmentDoc,
    "\n  query WorkspaceBookings {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceBookingsDocument,
    "\n  mutation ConfirmSession($id: ID!) {\n    confirmBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": types.ConfirmSessionDocument,
    "\n  mutation DeclineSession($id: ID!, $reason: String!) {\n    declineBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": types.DeclineSessionDocument,
    "\n  mutation CancelSession($id: ID!, $reason: String!) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...WorkspaceSession\n    }\n  }\n": types.CancelSessionDocument,
    "\n  mutation CompleteSession($id: ID!) {\n    completeBooking(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": types.CompleteSessionDocument,
    "\n  mutation MarkSessionNoShow($id: ID!) {\n    markBookingNoShow(id: $id) {\n      ...WorkspaceSession\n    }\n  }\n": types.MarkSessionNoShowDocument,
    "\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n  }\n": types.WorkspaceCarePlanFragmentDoc,
    "\n  query WorkspaceCarePlanDetail($id: ID!) {\n    carePlan(id: $id) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.WorkspaceCarePlanDetailDocument,
    "\n  mutation OpenCarePlan($input: CreateCarePlanInput!) {\n    createCarePlan(input: $input) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.OpenCarePlanDocument,
    "\n  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {\n    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...WorkspaceCarePlan\n    }\n  }\n": types.ChangeCarePlanStatusDocument,
    "\n  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {\n    addGoal(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": types.AddPlanGoalDocument,
    "\n  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      status\n      achievement\n      version\n    }\n  }\n": types.UpdatePlanGoalDocument,
    "\n  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {\n    addActivity(carePlanId: $carePlanId, input: $input) {\n      id\n    }\n  }\n": types.AddPlanActivityDocument,
    "\n  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      active\n      timesPerWeek\n      instructions\n      version\n    }\n  }\n": types.UpdatePlanActivityDocument,
    "\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceClientPlansDocument,
    "\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          client {\n            id\n            displayName\n          }\n          riskFlags {\n            id\n            reason\n            raisedAt\n            acknowledgedAt\n            action\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n": types.TherapistTodayDocument,
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
export function graphql(source: "\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    rescheduleCount\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceSession on Booking {\n    id\n    startsAt\n    endsAt\n    format\n    status\n    note\n    videoRoomUrl\n    homeVisitPostcode\n    referralSource\n    rescheduleCount\n    cancellationReason\n    cancelledBy\n    fee {\n      amountPence\n      currency\n    }\n    client {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceBookings {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceBookings {\n    me {\n      id\n      therapistProfile {\n        id\n        bookings(first: 100) {\n          totalCount\n          edges {\n            node {\n              ...WorkspaceSession\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceCarePlan on CarePlan {\n    id\n    status\n    focusConditions\n    summary\n    startDate\n    endDate\n    reviewCadenceWeeks\n    lastReviewedOn\n    nextReviewDue\n    overdueForReview\n    version\n    client {\n      id\n      displayName\n    }\n    goals {\n      id\n      description\n      category\n      targetDate\n      status\n      achievement\n      version\n    }\n    activities {\n      id\n      type\n      timesPerWeek\n      instructions\n      active\n      version\n      goal {\n        id\n      }\n      logs(last: 10) {\n        id\n        doneAt\n        mood\n        note\n      }\n    }\n    questionnaires {\n      id\n      kind\n      total\n      severity\n      respondent\n      completedAt\n    }\n    riskFlags {\n      id\n      reason\n      raisedAt\n      acknowledgedAt\n      action\n    }\n  }\n"];
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
export function graphql(source: "\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceClientPlans {\n    me {\n      id\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          startDate\n          nextReviewDue\n          overdueForReview\n          client {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          client {\n            id\n            displayName\n          }\n          riskFlags {\n            id\n            reason\n            raisedAt\n            acknowledgedAt\n            action\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistToday {\n    me {\n      id\n      displayName\n      therapistProfile {\n        id\n        carePlans {\n          id\n          status\n          client {\n            id\n            displayName\n          }\n          riskFlags {\n            id\n            reason\n            raisedAt\n            acknowledgedAt\n            action\n          }\n        }\n      }\n    }\n    overdueCarePlanReviews {\n      id\n      nextReviewDue\n      lastReviewedOn\n      client {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {\n    acknowledgeRiskFlag(id: $id, action: $action) {\n      id\n      acknowledgedAt\n      action\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;