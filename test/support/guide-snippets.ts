// The integrator guide's Node functions, as printed there, for tests that run them word for word.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const GUIDE = path.resolve(__dirname, '..', '..', 'docs', 'integrator-guide.md');

/** The text of the guide's ```js block that defines `name` (throws when the guide has none). */
export function guideFunctionSource(name: string): string {
  const guide = readFileSync(GUIDE, 'utf8');
  const block = [...guide.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => new RegExp(`^(async )?function ${name}\\b`).test(code));
  if (!block) throw new Error(`the integrator guide has no js block defining ${name}`);
  return block;
}

/** The guide's `name` function, evaluated with the globals it is allowed to use. */
export function guideFunction<T>(name: string, globals: Record<string, unknown>): T {
  const names = Object.keys(globals);
  return new Function(...names, `${guideFunctionSource(name)}\nreturn ${name};`)(...names.map((n) => globals[n])) as T;
}
