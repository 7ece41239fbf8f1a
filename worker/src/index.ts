// The delivery worker's public surface (docs/adr/022-notifications-outbox-and-delivery-worker.md).
export { readWorkerConfig, OUTBOX_SOURCES, SOURCES, WORKER_OPS_DEFAULT_PORT, type WorkerConfig } from './config';
export { startWorker, migrateQueue, type RunningWorker } from './start-worker';
export { messageIdOf } from './tasks/deliver';
