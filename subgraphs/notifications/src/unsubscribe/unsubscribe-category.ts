import { registerEnumType } from 'type-graphql';

/** The optional categories of notification a one-click unsubscribe link can turn off. */
export enum UnsubscribeCategory {
  REMINDER = 'REMINDER',
  INVITATION = 'INVITATION',
}

registerEnumType(UnsubscribeCategory, {
  name: 'NotificationCategory',
  description: 'A kind of notification a person may turn off (essential ones cannot be).',
  valuesConfig: {
    REMINDER: { description: 'Session reminders and waitlist alerts.' },
    INVITATION: { description: 'Invitations to check in after a session.' },
  },
});
