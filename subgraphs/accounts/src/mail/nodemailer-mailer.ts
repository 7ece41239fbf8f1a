import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { AccountsConfig } from '../config';
import type { Mailer, MailMessage } from './mailer';

/**
 * A mailer built on nodemailer: SMTP when `smtpUrl` is set; otherwise every message is
 * rendered by nodemailer's stream transport and written as an .eml file into `mailDir`
 * (created here), where a person can open it in any mail program and follow the link.
 */
export function createMailer(config: Pick<AccountsConfig, 'smtpUrl' | 'mailFrom' | 'mailDir'>): Mailer {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
    return {
      async send(message) {
        await smtp.sendMail(message);
      },
    };
  }
  return createEmlFileMailer(config.mailDir, config.mailFrom);
}

/** Writes each message, fully rendered (headers, text and HTML parts), to `<dir>/<time>-<random>.eml`. */
export function createEmlFileMailer(dir: string, from: string): Mailer {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const render = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from });
  return {
    async send(message: MailMessage) {
      const info = await render.sendMail(message);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // Owner-only: the files carry live sign-in links.
      await writeFile(path.join(dir, `${stamp}-${randomBytes(4).toString('hex')}.eml`), info.message as Buffer, { mode: 0o600 });
    },
  };
}
