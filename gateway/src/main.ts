import '@caregraph/kernel/resolution-cache'; // first: every require after it is remembered (docs/adr/036)
import './tracing';
import { ConfigError, createLogger, PortInUseError } from '@caregraph/kernel';
import { readGatewayConfig } from './config';
import { assertNoDemoCredentials } from './demo-credentials-check';
import { startGateway } from './start-gateway';
import { SupergraphFileError } from './supergraph-file';

/** `node gateway/dist/main.js`: serve the supergraph until SIGTERM/SIGINT (or the parent goes away). */
async function main(): Promise<void> {
  const logger = createLogger('gateway');
  let running;
  try {
    const config = readGatewayConfig();
    await assertNoDemoCredentials(config.subgraphUrls.accounts, logger);
    running = await startGateway(config, logger);
  } catch (error) {
    const expected = error instanceof SupergraphFileError || error instanceof PortInUseError || error instanceof ConfigError;
    logger.error({ err: (error as Error).message, stack: expected ? undefined : (error as Error).stack }, 'gateway failed to start');
    process.stderr.write(`gateway: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const gateway = running;
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: (error as Error).message }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  // Started by the orchestrator with an IPC channel: when it goes away, so do we.
  if (process.send) {
    if (process.connected) process.once('disconnect', () => shutdown('parent exited'));
    else shutdown('parent exited');
  }
}

void main();
