import '@caregraph/kernel/resolution-cache'; // first: every require after it is remembered (docs/adr/036)
import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { accountsSubgraph } from './subgraph';

// `serve` builds the accounts services (signing keys and the rest of the configuration) before the
// server starts: without them the subgraph refuses to start, naming the missing variable.
void runSubgraphCli(accountsSubgraph);
