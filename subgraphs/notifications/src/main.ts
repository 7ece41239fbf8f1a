import '@caregraph/kernel/resolution-cache'; // first: every require after it is remembered (docs/adr/036)
import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { notificationsSubgraph } from './subgraph';

void runSubgraphCli(notificationsSubgraph);
