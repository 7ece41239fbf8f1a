import 'reflect-metadata';
import { runSubgraphCli } from '@caregraph/runtime';
import { therapistsSubgraph } from './subgraph';

void runSubgraphCli(therapistsSubgraph);
