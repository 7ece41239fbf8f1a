// Imported by main.ts before anything else that loads http, undici or Apollo, so those can be traced.
import { startTracing } from '@caregraph/kernel/tracing';

startTracing('gateway');
