import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** One e-mail, ready to go: plain text and HTML bodies of the same content. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable `Message-ID` (`<id@host>`): a message sent twice is recognised as one by the recipient's mail system. */
  messageId?: string;
  /** Extra headers, e.g. `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

/** Delivers e-mail. Every Caregraph process that sends mail sends through this interface. */
export interface Mailer {
  /** Resolves once the message is handed over (to the SMTP server, or written to disk). */
  send(message: MailMessage): Promise<void>;
  /** Closes pooled connections. */
  close?(): void;
}

/** Where mail goes: an SMTP server, or (unset) `.eml` files in a folder for local development. */
export interface MailTransportConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
  mailDir: string;
  /**
   * Keep SMTP connections open between messages (nodemailer's pool; `?pool=false` in the URL turns it off).
   * For a sender of many messages that closes the mailer when it stops (the delivery worker): a connection
   * per message cost it half its throughput (bench/results.md).
   */
  pooled?: boolean;
}

/**
 * A mailer built on nodemailer: SMTP when `smtpUrl` is set; otherwise every message is
 * rendered by nodemailer's stream transport and written as an .eml file into `mailDir`
 * (created here), where a person can open it in any mail program and follow the link.
 */
export function createMailer(config: MailTransportConfig): Mailer {
  if (config.smtpUrl) {
    const smtp = config.pooled ? nodemailer.createTransport({ url: config.smtpUrl, pool: true }, { from: config.mailFrom }) : nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
    return {
      async send(message) {
        await smtp.sendMail(message);
      },
      close: () => smtp.close(),
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
