import { readFileSync } from 'node:fs';
import { ConfigError, envString } from '../config';

/**
 * Reads PEM key material from `NAME` or from the file named by `NAME_FILE` (for secrets
 * mounted as files by docker-compose or Kubernetes). Returns undefined when neither is set.
 */
export function readKeyMaterial(name: string): string | undefined {
  const inline = envString(name);
  if (inline) return inline.replace(/\\n/g, '\n');
  const file = envString(`${name}_FILE`);
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`${name}_FILE points at ${file}, which cannot be read`);
  }
}

/** Splits concatenated PEM blocks (several public keys during a rotation) into single keys. */
export function splitPem(pem: string): string[] {
  return pem.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
}
