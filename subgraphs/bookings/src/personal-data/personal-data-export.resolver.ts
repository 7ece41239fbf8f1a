import { assertOwnExport } from '@caregraph/runtime';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { SubgraphContext } from '@caregraph/runtime';
import { exportClientBookings } from './booking-export';
import { exportClientWaitlist } from './waitlist-export';
import { exportClientReferrals } from './referral-export';
import { PersonalDataExportStub } from './personal-data-export.stub';

/** Adds the caller's bookings, waitlist entries and referrals to the accounts subgraph's `PersonalDataExport`. */
@Resolver(() => PersonalDataExportStub)
export class PersonalDataExportResolver {
  @Authorized()
  @FieldResolver(() => [GraphQLJSONObject], {
    description:
      'Every session booked by this person as a client, oldest first, each as an object with every stored column in camelCase ' +
      '(id, clientId, therapistId, startsAt, endsAt, format, status, createdAt, updatedAt, ...; instants as ISO-8601 UTC strings), ' +
      'and its `history`: every lifecycle step (confirm, decline, cancel, complete, no-show, reschedule) oldest first, with who acted, when, the statuses and times before and after, and the reason. ' +
      'Only the person themselves may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  bookings(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Array<Record<string, unknown>>> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    return exportClientBookings(ctx.em, exportRoot.userId);
  }

  @Authorized()
  @FieldResolver(() => [GraphQLJSONObject], {
    description:
      'Every waitlist entry of this person, active, left or passed, in the order they joined, each as an object with every stored column in camelCase ' +
      '(id, clientId, therapistId, fromDate, toDate, format, createdAt, lastNotifiedAt, notifiedCount, endedAt, endReason). ' +
      'Only the person themselves may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  waitlist(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Array<Record<string, unknown>>> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    return exportClientWaitlist(ctx.em, exportRoot.userId);
  }

  @Authorized()
  @FieldResolver(() => [GraphQLJSONObject], {
    description:
      'Every referral to Caregraph that is linked to this person (one naming the e-mail address they confirmed), oldest first, each as an object with every stored column in camelCase ' +
      '(id, organisationId, therapistId, personGivenName, personFamilyName, personDateOfBirth, personEmail, reason, conditions, urgency, fundingRoute, status, declineReason, bookingId, createdAt, …). ' +
      'Only the person themselves may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  referrals(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Array<Record<string, unknown>>> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    return exportClientReferrals(ctx.em, exportRoot.userId);
  }
}
