import type { Logger } from '@caregraph/kernel';
import type { Mailer, MailMessage } from '@caregraph/kernel/mail';

/**
 * Sends mail without making the request wait for the mail server. This keeps, for example,
 * `requestPasswordReset` equally fast whether or not the account exists. Failures are logged
 * by kind and error code only: no addresses, no links.
 * Not durable: a message still in flight when the process dies is lost (the person can ask
 * again); a PostgreSQL outbox is the upgrade path (docs/architecture.md#scaling-out).
 */
export class MailDispatcher {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly mailer: Mailer) {}

  /** Starts delivering `message`; `kind` names the template in log lines. */
  dispatch(kind: string, message: MailMessage, logger: Logger): void {
    const delivery: Promise<void> = this.mailer.send(message).then(
      () => logger.info({ mail: kind }, 'mail handed over'),
      (error: { code?: unknown; name?: unknown }) =>
        logger.error({ mail: kind, errorName: error?.name, errorCode: error?.code }, 'mail delivery failed'),
    );
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  /** Resolves when every message dispatched so far has been delivered or has failed. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}
