/** One e-mail, ready to go: plain text and HTML bodies of the same content. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Delivers e-mail. The accounts subgraph only ever sends through this interface. */
export interface Mailer {
  /** Resolves once the message is handed over (to the SMTP server, or written to disk). */
  send(message: MailMessage): Promise<void>;
}
