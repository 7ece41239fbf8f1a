// A real SMTP server for tests that read what Caregraph sent (kept out of `@caregraph/kernel/testing`'s index so
// only the tests that use it load smtp-server).
import { SMTPServer } from 'smtp-server';

/** One message as it arrived at the SMTP server: who it was for, its Message-ID and the raw source. */
export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  raw: string;
}

/** A real SMTP server for tests: collects what arrives; `failing` makes it refuse every message (451). */
export interface SmtpInbox {
  url: string;
  received: ReceivedMail[];
  failing: boolean;
  close(): Promise<void>;
}

/** A header of a raw message, unfolded. */
export function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(raw);
  return match ? match[1].replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const inbox: SmtpInbox = { url: '', received: [], failing: false, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (inbox.failing) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        const raw = Buffer.concat(chunks).toString('utf8');
        inbox.received.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId: header(raw, 'Message-ID'), subject: header(raw, 'Subject'), raw });
        callback();
      });
    },
  });
  // A sender killed mid-conversation (the kill -9 tests), or one whose pooled connections die with it,
  // resets its connection: that is the sender's failure, and the inbox serves on.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  inbox.url = `smtp://127.0.0.1:${port}`;
  inbox.close = () => new Promise((resolve) => server.close(() => resolve()));
  return inbox;
}
