// How jest compiles TypeScript (jest/ts-transform.js): SWC with the settings of each package's tsconfig that
// change the emitted code, so a test runs what `tsc` would have built.
import { transformSync } from '@swc/core';
import path from 'node:path';

const { swcOptions } = require('../jest/ts-transform.js') as { swcOptions: (tsconfig: string, kind?: 'ts' | 'tsx' | 'js') => Record<string, any> };

const ROOT = path.resolve(__dirname, '..');
const compile = (source: string, tsconfig: string, kind: 'ts' | 'tsx' = 'ts') =>
  transformSync(source, { ...swcOptions(path.join(ROOT, tsconfig), kind), filename: `example.${kind}`, sourceMaps: false }).code;

describe("jest's TypeScript compiler settings", () => {
  it('gives a subgraph legacy decorators with their metadata, ES2022 class fields and real dynamic imports', () => {
    const options = swcOptions(path.join(ROOT, 'subgraphs/bookings/tsconfig.json'));
    expect(options).toMatchObject({
      jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: false, decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true } },
      module: { type: 'commonjs', ignoreDynamic: true },
    });
    const code = compile("class Booking { @Field() startsAt!: Date; }\nfunction Field() { return () => undefined; }\nexport const load = () => import('./later.mjs');", 'subgraphs/bookings/tsconfig.json');
    // type-graphql and MikroORM read the property's type from this metadata.
    expect(code).toContain('_ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)');
    expect(code).toContain("import('./later.mjs')");
    expect(code).toMatch(/exports/);
  });

  it('gives the apps JSX through the automatic runtime, and CommonJS dynamic imports as their tsconfig asks', () => {
    const options = swcOptions(path.join(ROOT, 'admin/tsconfig.jest.json'), 'tsx');
    expect(options).toMatchObject({ jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } }, module: { ignoreDynamic: false } });
    const code = compile("export const Greeting = () => <p>Hello</p>;\nexport const later = () => import('./later');", 'admin/tsconfig.jest.json', 'tsx');
    expect(code).toContain('react/jsx-runtime');
    expect(code).not.toContain("import('./later')");
    expect(code).toMatch(/require\("\.\/later"\)/);
  });

  it('refuses a tsconfig it cannot read, naming it', () => {
    expect(() => swcOptions(path.join(ROOT, 'no-such-folder/tsconfig.json'))).toThrow(/no-such-folder\/tsconfig\.json/);
  });
});
