import '@caregraph/kernel/resolution-cache'; // first: every require after it is remembered (docs/adr/036)
import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { carePlansSubgraph } from './subgraph';

void runSubgraphCli(carePlansSubgraph);
