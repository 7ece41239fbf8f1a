import type { CodegenConfig } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { schemaHasCompleteMfaLogin } from './src/auth/mfa-capability';

// Operation types come from the committed supergraph (never from introspection, which is off in
// production): an operation the schema no longer supports fails `npm run build`.
const schema = '../schema/supergraph.graphql';
const mfaInSchema = schemaHasCompleteMfaLogin(readFileSync(new URL(schema, import.meta.url), 'utf8'));

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}', ...(mfaInSchema ? [] : ['!src/auth/mfa-operations.ts'])],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};
export default config;
