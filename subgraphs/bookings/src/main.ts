import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { bookingsSubgraph } from './subgraph';

void runSubgraphCli(bookingsSubgraph);
