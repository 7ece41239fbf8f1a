export * from './outbox-event.entity';
export * from './outbox-payload';
export * from './record-outbox-event';
