import { rmSync } from 'node:fs';
import path from 'node:path';

export default async function globalTeardown() {
  const embedded = globalThis.__CAREGRAPH_TEST_PG__;
  if (embedded) {
    await embedded.stop();
    rmSync(path.dirname(embedded.dataDir), { recursive: true, force: true });
  }
  const typeErrors = await globalThis.__CAREGRAPH_TYPE_CHECK__;
  if (typeErrors) throw new Error(`The tests do not type-check:\n${typeErrors}`);
}
