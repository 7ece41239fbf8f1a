import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { therapistsSubgraph } from './subgraph';

void runSubgraphCli(therapistsSubgraph);
