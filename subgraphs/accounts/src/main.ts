import 'reflect-metadata';
import { runSubgraphCli } from '@caregraph/runtime';
import { accountsSubgraph } from './subgraph';

void runSubgraphCli(accountsSubgraph);
