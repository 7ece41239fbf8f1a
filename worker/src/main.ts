// The delivery worker's command line: `migrate` creates graphile-worker's schema in the notifications
// database; `serve` (the default) runs the worker until SIGTERM or SIGINT, then drains.
import '@caregraph/kernel/resolution-cache'; // first: every require after it is remembered (docs/adr/036)
import { ConfigError, createLogger, migrationDatabaseUrlFor } from '@caregraph/kernel';
import { readWorkerConfig } from './config';
import { migrateQueue, startWorker } from './start-worker';

const logger = createLogger('worker');

async function main(command: string): Promise<void> {
  if (command === 'migrate') {
    // As the database's owner when NOTIFICATIONS_MIGRATION_DATABASE_URL is set, like the subgraphs' migrations.
    await migrateQueue(migrationDatabaseUrlFor('notifications', 'NOTIFICATIONS'), logger);
    logger.info('queue schema up to date');
    return;
  }
  if (command !== 'serve') throw new ConfigError(`unknown command "${command}": use serve or migrate`);
  const config = readWorkerConfig();
  const worker = await startWorker(config);
  const stop = () => {
    worker.stop().then(
      () => process.exit(0),
      (error: Error) => {
        logger.error({ err: error.message }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Started by npm start over IPC: when the parent goes, so does the worker.
  if (process.send) process.once('disconnect', stop);
}

main(process.argv[2] ?? 'serve').catch((error: Error) => {
  logger.error({ err: error.message }, error instanceof ConfigError ? 'configuration error' : 'worker failed to start');
  process.exit(1);
});
