import 'reflect-metadata';
import './tracing';
import { runSubgraphCli } from '@caregraph/runtime';
import { notificationsSubgraph } from './subgraph';

void runSubgraphCli(notificationsSubgraph);
