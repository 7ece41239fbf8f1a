import 'reflect-metadata';
import { runSubgraphCli } from '@caregraph/runtime';
import { carePlansSubgraph } from './subgraph';

void runSubgraphCli(carePlansSubgraph);
