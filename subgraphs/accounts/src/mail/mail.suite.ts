import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMailer } from '@caregraph/kernel/mail';
import { appLink, emailVerificationMessage, passwordResetMessage } from './templates';

/**
 * A minimal SMTP sink standing in for a mail server (the true external boundary): enough of
 * RFC 5321 for nodemailer to deliver one message, which it keeps.
 */
async function startSmtpSink(): Promise<{ port: number; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    let data: string | null = null;
    let buffer = '';
    socket.write('220 sink.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === '.') {
            received.push(data);
            data = null;
            socket.write('250 2.0.0 queued\r\n');
          } else data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink.test\r\n');
        else if (verb === 'DATA') {
          data = '';
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('mail', () => {
  const link = appLink('http://localhost:5174', 'verify-email', 'tok_EN-123');
  const to = { email: 'zoe@caregraph.example', displayName: 'Zoë <script>' };

  it('builds links from the app base URL', () => {
    expect(link).toBe('http://localhost:5174/verify-email?token=tok_EN-123');
    expect(appLink('https://app.example/base', 'reset-password', 'abc')).toBe('https://app.example/base/reset-password?token=abc');
  });

  it('writes British English messages and escapes names in the HTML part', () => {
    const message = emailVerificationMessage(to, link, 48 * 3600);
    expect(message.subject).toBe('Confirm your email address for Caregraph');
    expect(message.text).toContain('Hello Zoë <script>,');
    expect(message.text).toContain('expires in 48 hours');
    expect(message.html).toContain('Hello Zoë &lt;script&gt;,');
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain(`href="${link}"`);
    expect(passwordResetMessage(to, link, 3600).text).toContain('expires in 60 minutes');
  });

  it('writes each message as an .eml file, readable by its owner only, when no SMTP server is configured', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'caregraph-mail-')), 'nested', 'mail');
    try {
      const mailer = createMailer({ smtpUrl: undefined, mailFrom: 'Caregraph <no-reply@caregraph.example>', mailDir: dir });
      await mailer.send(emailVerificationMessage(to, link, 3600));
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}\.eml$/);
      expect(statSync(path.join(dir, files[0])).mode & 0o777).toBe(0o600);
      const eml = readFileSync(path.join(dir, files[0]), 'utf8');
      expect(eml).toMatch(/^From: Caregraph <no-reply@caregraph\.example>$/m);
      expect(eml).toMatch(/^To: zoe@caregraph\.example$/m);
      expect(eml).toContain('Content-Type: multipart/alternative');
    } finally {
      rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
    }
  });

  it('delivers over SMTP when SMTP_URL is set', async () => {
    const sink = await startSmtpSink();
    try {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, mailFrom: 'Caregraph <no-reply@caregraph.example>', mailDir: '/nonexistent' });
      await mailer.send(passwordResetMessage(to, link, 3600));
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]).toMatch(/^Subject: Reset your Caregraph password$/m);
      expect(sink.received[0]).toMatch(/^To: zoe@caregraph\.example$/m);
    } finally {
      await sink.close();
    }
  });
});
