import { rmSync } from 'node:fs';
import path from 'node:path';

export default async function globalTeardown() {
  const embedded = globalThis.__CAREGRAPH_TEST_PG__;
  if (!embedded) return;
  await embedded.stop();
  rmSync(path.dirname(embedded.dataDir), { recursive: true, force: true });
}
