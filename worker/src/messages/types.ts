// The shapes the message catalogue works with: what the worker asks for, what it gets back, and the
// plain draft each message family writes before the shared layout turns it into e-mail and in-app forms.

/** Who a message is for: decides the app its link opens and, for some kinds, the wording. */
export type RecipientRole = 'CLIENT' | 'THERAPIST' | 'ADMIN';

/** ESSENTIAL messages always go; REMINDER and INVITATION ones can be turned off by the person. */
export type MessageCategory = 'ESSENTIAL' | 'REMINDER' | 'INVITATION';

/** One message, ready to send: the e-mail's subject and parts, and the in-app title and path. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The in-app notification's title (short, like the subject). */
  title: string;
  /** Absolute URL: the recipient's app base URL followed by `path` (admin: through its hash router). */
  link: string;
  /** The path in the recipient's app, stored on the in-app notification. */
  path: string;
}

/** The base URL of each app, by the role that uses it (APP_BASE_URL, THERAPIST_APP_BASE_URL, ADMIN_APP_BASE_URL). */
export interface AppBaseUrls {
  CLIENT: string;
  THERAPIST: string;
  ADMIN: string;
}

export interface RenderInput {
  notificationKind: string;
  /** The outbox event's facts: ids, instants, a format, a moderation decision and message. Read defensively. */
  facts: Record<string, unknown>;
  role: RecipientRole;
  appBaseUrls: AppBaseUrls;
  /** One-click unsubscribe URL; shown at the end of REMINDER and INVITATION messages only. */
  unsubscribeUrl?: string;
}

/**
 * What a message family writes: plain sentences, never markup. The layout escapes every one of them
 * for the HTML part, so no family can let a value through unescaped.
 */
export interface MessageDraft {
  /** The e-mail's subject, also the in-app title. */
  subject: string;
  /** The e-mail's one heading. */
  heading: string;
  paragraphs: string[];
  /** Words someone else wrote (the admin's moderation message), shown quoted after the paragraphs. */
  quoted?: { intro: string; words: string };
  /** The button's words. */
  action: string;
  /** The path in the recipient's app the button opens. */
  path: string;
}

/** A message family's writer: the facts and the recipient's role in, a plain draft out. */
export type Writer = (facts: Record<string, unknown>, role: RecipientRole) => MessageDraft;
