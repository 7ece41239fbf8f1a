import { Field, ObjectType } from 'type-graphql';

/** The GraphQL shape of a person's notification choices (the entity's `userId` and `updatedAt` stay inside). */
@ObjectType('NotificationPreferences', {
  description: 'Which optional notifications you get, by e-mail and in the app. Essential ones (your bookings, your listing, care-plan safety) always come.',
})
export class NotificationPreferencesView {
  @Field({ description: 'Session reminders ahead of your sessions, and waitlist alerts when an earlier time opens.' })
  reminders!: boolean;

  @Field({ description: 'Invitations to check in after a session.' })
  invitations!: boolean;
}
