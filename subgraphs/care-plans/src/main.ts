import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { carePlansSubgraph } from './subgraph';

void runSubgraphCli(carePlansSubgraph);
