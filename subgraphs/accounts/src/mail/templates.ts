import type { MailMessage } from '@caregraph/kernel/mail';

/** Who a message goes to. */
export interface Recipient {
  email: string;
  displayName: string;
}

const SIGN_OFF = 'With best wishes,\nThe Caregraph team';

/** Escapes text for HTML: names are typed by people and must never become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain-text paragraphs, and the same as simple HTML with the link as a button-like anchor. */
function compose(to: Recipient, subject: string, before: string[], link: { label: string; url: string }, after: string[]): MailMessage {
  const greeting = `Hello ${to.displayName},`;
  const text = [greeting, ...before, link.url, ...after, SIGN_OFF].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="en-GB"><body style="font-family: sans-serif; line-height: 1.5; color: #1f2933">`,
    `<p>${escapeHtml(greeting)}</p>`,
    paragraphs(before),
    `<p><a href="${escapeHtml(link.url)}" style="display: inline-block; padding: 10px 16px; background: #0b6e4f; color: #ffffff; text-decoration: none; border-radius: 4px">${escapeHtml(link.label)}</a></p>`,
    `<p style="font-size: 0.9em">If the button does not work, copy this address into your browser:<br>${escapeHtml(link.url)}</p>`,
    paragraphs(after),
    `<p>${SIGN_OFF.split('\n').map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n');
  return { to: to.email, subject, text, html };
}

/** Describes a lifetime in words: "60 minutes", "48 hours". */
function lifetime(seconds: number): string {
  if (seconds % 3600 === 0 && seconds >= 7200) return `${seconds / 3600} hours`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** The message asking a new member to confirm their email address. */
export function emailVerificationMessage(to: Recipient, url: string, ttlSeconds: number): MailMessage {
  return compose(
    to,
    'Confirm your email address for Caregraph',
    ['Welcome to Caregraph. Please confirm that this is your email address by opening the link below:'],
    { label: 'Confirm my email address', url },
    [
      `The link works once and expires in ${lifetime(ttlSeconds)}.`,
      'If you did not create a Caregraph account, you can ignore this message: nothing will happen.',
    ],
  );
}

/** The message carrying a password-reset link. */
export function passwordResetMessage(to: Recipient, url: string, ttlSeconds: number): MailMessage {
  return compose(
    to,
    'Reset your Caregraph password',
    ['We received a request to reset the password of your Caregraph account. To choose a new password, open the link below:'],
    { label: 'Choose a new password', url },
    [
      `The link works once and expires in ${lifetime(ttlSeconds)}. Choosing a new password signs you out on every device.`,
      'If you did not ask for this, you can ignore this message: your password stays as it is.',
    ],
  );
}

/** A link into the client app carrying a token, e.g. `https://app.example/verify-email?token=...`. */
export function appLink(appBaseUrl: string, route: string, token: string): string {
  const url = new URL(`${appBaseUrl}/${route}`);
  url.searchParams.set('token', token);
  return url.toString();
}

/** The notice that a password was changed, so a person who did not do it can act. */
export function passwordChangedMessage(to: Recipient, resetUrl: string): MailMessage {
  return compose(
    to,
    'Your Caregraph password has been changed',
    ['The password of your Caregraph account has just been changed, and you have been signed out on every device.'],
    { label: 'This was not me: reset my password', url: resetUrl },
    ['If you made this change, there is nothing more to do. If you did not, reset your password straight away using the link above.'],
  );
}

/**
 * The notice to an account's owner that someone tried to sign up with their address. Sign-up
 * answers the same as for a new address (no account enumeration), so this mail is how the
 * owner learns of it: nothing changed, and a forgotten password can be reset from the link.
 */
export function signUpAttemptMessage(to: Recipient, forgotPasswordUrl: string): MailMessage {
  return compose(
    to,
    'Someone tried to sign up to Caregraph with your email address',
    [
      'Someone, perhaps you, just tried to open a new Caregraph account with this email address. You already have an account, so no new one was opened and nothing about your account has changed.',
      'If it was you, sign in with your existing account. If you have forgotten your password, you can choose a new one here:',
    ],
    { label: 'Reset my password', url: forgotPasswordUrl },
    ['If it was not you, you can ignore this message: nobody can use your account without your password.'],
  );
}
