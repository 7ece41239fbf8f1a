import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WEBHOOK_EVENT_TYPES } from './event-types';

describe('webhook event types', () => {
  it('are the values of the graph’s WebhookEventType, so an endpoint can subscribe to every event the worker sends', () => {
    // BOOKING_NO_SHOW in the graph is `booking.no-show` on the wire (the notifications subgraph's enum values).
    const sdl = readFileSync(path.resolve(__dirname, '..', '..', '..', 'schema', 'notifications.graphql'), 'utf8');
    const body = /enum WebhookEventType \{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
    const names = [...body.replace(/"""[\s\S]*?"""/g, '').matchAll(/^\s*([A-Z_]+)\s*$/gm)].map((m) => m[1]);
    const wire = names.map((name) => name.toLowerCase().replace('_', '.').replace(/_/g, '-'));
    expect(wire.sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
  });
});
