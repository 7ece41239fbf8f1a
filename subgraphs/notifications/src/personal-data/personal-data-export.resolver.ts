import { assertOwnExport, isUuid, type SubgraphContext } from '@caregraph/runtime';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonalDataExportStub } from './personal-data-export.stub';

/** Adds what the notifications database holds on the caller to accounts' `PersonalDataExport`. */
@Resolver(() => PersonalDataExportStub)
export class PersonalDataExportResolver {
  @Authorized()
  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'What Caregraph holds on this person about notifications: `inbox` (every in-app notification, newest first: kind, title, link, ' +
      'createdAt, readAt), `deliveries` (every e-mail and in-app delivery addressed to them: kind, channel, status, attempts, times) and ' +
      '`preferences` (reminders, invitations; null when never changed). Only the person themselves may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  async notifications(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Record<string, unknown>> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    const userId = exportRoot.userId;
    if (!isUuid(userId)) return { inbox: [], deliveries: [], preferences: null };
    const sql = ctx.em.getConnection();
    const [inbox, deliveries, preferences] = await Promise.all([
      sql.execute('select id, kind, title, link, created_at as "createdAt", read_at as "readAt" from notifications where user_id = ? order by created_at desc, id', [userId]),
      sql.execute(
        'select id, kind, channel, status, attempts, created_at as "createdAt", delivered_at as "deliveredAt" from deliveries where recipient_user_id = ? order by created_at desc, id',
        [userId],
      ),
      sql.execute('select reminders, invitations, updated_at as "updatedAt" from notification_preferences where user_id = ?', [userId]),
    ]);
    return { inbox, deliveries, preferences: preferences[0] ?? null };
  }
}
