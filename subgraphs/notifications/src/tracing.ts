// Imported by main.ts before anything else that loads http or pg, so those can be traced.
import { startTracing } from '@caregraph/kernel/tracing';

startTracing('notifications');
