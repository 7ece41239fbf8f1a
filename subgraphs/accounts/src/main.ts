import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { accountsServices } from './services';
import { accountsSubgraph } from './subgraph';

/**
 * `serve` loads the signing keys (and the rest of the accounts configuration) before the
 * server starts: without them the subgraph refuses to start, naming the missing variable.
 */
async function main(): Promise<void> {
  const [command = 'serve'] = process.argv.slice(2);
  if (command === 'serve') {
    try {
      await accountsServices();
    } catch (error) {
      process.stderr.write(`accounts: ${(error as Error).message}\n`);
      process.exit(1);
    }
  }
  await runSubgraphCli(accountsSubgraph);
}

void main();
