import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { NotificationPreferencesInput } from './notification-preferences.input';
import { NotificationPreferencesView } from './notification-preferences.type';
import { findPreferences, upsertPreferences } from './preferences.service';

/** The signed-in person's own notification choices. */
@Resolver()
export class PreferencesResolver {
  @Authorized()
  @Query(() => NotificationPreferencesView, {
    description: 'Which optional notifications you get (everything on until you change it). UNAUTHENTICATED when not signed in.',
  })
  myNotificationPreferences(@Ctx() ctx: SubgraphContext): Promise<NotificationPreferencesView> {
    return findPreferences(ctx.em, ctx.caller.userId!);
  }

  @Authorized()
  @Mutation(() => NotificationPreferencesView, {
    description:
      'Changes which optional notifications you get, on both e-mail and the app; returns your choices as stored. UNAUTHENTICATED when not signed in; BAD_USER_INPUT naming the field when a value is not true or false.',
  })
  updateNotificationPreferences(
    @Arg('input', () => NotificationPreferencesInput, { description: 'The choices to change.' }) input: NotificationPreferencesInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NotificationPreferencesView> {
    return upsertPreferences(ctx.em, ctx.caller.userId!, input);
  }
}
