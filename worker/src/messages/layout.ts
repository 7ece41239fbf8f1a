// The one layout every message shares: a plain-text part and a simple, accessible HTML part with the
// same words (one heading, a button-like link, the plain address too). Every value is escaped here.
import { escapeHtml } from './escape';
import type { MessageDraft } from './types';

export interface LayoutInput {
  draft: MessageDraft;
  link: string;
  /** Given only for REMINDER and INVITATION messages that can be turned off. */
  unsubscribeUrl?: string;
}

const SIGN_OFF = ['Best wishes,', 'The Caregraph team'];
const BUTTON_FALLBACK = 'If the button does not work, copy this address into your browser:';
const TURN_OFF = 'Turn these off:';

export function renderText({ draft, link, unsubscribeUrl }: LayoutInput): string {
  const blocks = [draft.heading, ...draft.paragraphs];
  if (draft.quoted) blocks.push(`${draft.quoted.intro}\n\n${draft.quoted.words}`);
  blocks.push(`${draft.action}: ${link}`, SIGN_OFF.join('\n'));
  if (unsubscribeUrl) blocks.push(`${TURN_OFF} ${unsubscribeUrl}`);
  return `${blocks.join('\n\n')}\n`;
}

/** Escaped text with its line breaks kept (the admin's message may have several lines). */
function escapeLines(value: string): string {
  return escapeHtml(value).replace(/\n/g, '<br>\n');
}

const STYLES = {
  body: 'margin:0;padding:0;background-color:#f4f5f7;',
  card: 'max-width:560px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1f2933;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;',
  heading: 'margin:0 0 16px;font-size:22px;line-height:1.3;color:#1f2933;',
  quote: 'margin:0 0 16px;padding:8px 16px;border-left:4px solid #9aa5b1;background-color:#f4f5f7;',
  button: 'display:inline-block;padding:12px 20px;border-radius:6px;background-color:#1c5d7d;color:#ffffff;font-weight:bold;text-decoration:none;',
  small: 'font-size:14px;color:#52606d;',
  link: 'color:#1c5d7d;word-break:break-all;',
};

export function renderHtml({ draft, link, unsubscribeUrl }: LayoutInput): string {
  const href = escapeHtml(link);
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(draft.subject)}</title>`,
    '</head>',
    `<body style="${STYLES.body}">`,
    `<div role="article" aria-label="${escapeHtml(draft.subject)}" lang="en-GB" style="${STYLES.card}">`,
    `<h1 style="${STYLES.heading}">${escapeHtml(draft.heading)}</h1>`,
    ...draft.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
  ];
  if (draft.quoted) {
    lines.push(`<p>${escapeHtml(draft.quoted.intro)}</p>`, `<blockquote style="${STYLES.quote}">${escapeLines(draft.quoted.words)}</blockquote>`);
  }
  lines.push(
    `<p><a href="${href}" style="${STYLES.button}">${escapeHtml(draft.action)}</a></p>`,
    `<p style="${STYLES.small}">${escapeHtml(BUTTON_FALLBACK)}<br>\n<a href="${href}" style="${STYLES.link}">${href}</a></p>`,
    `<p>${SIGN_OFF.map(escapeHtml).join('<br>\n')}</p>`,
  );
  if (unsubscribeUrl) {
    const unsubscribe = escapeHtml(unsubscribeUrl);
    lines.push(`<p style="${STYLES.small}">${escapeHtml(TURN_OFF)} <a href="${unsubscribe}" style="${STYLES.link}">${unsubscribe}</a></p>`);
  }
  lines.push('</div>', '</body>', '</html>');
  return `${lines.join('\n')}\n`;
}
