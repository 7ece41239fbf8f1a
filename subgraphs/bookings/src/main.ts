import 'reflect-metadata';
import { runSubgraphCli } from '@caregraph/runtime';
import { bookingsSubgraph } from './subgraph';

void runSubgraphCli(bookingsSubgraph);
