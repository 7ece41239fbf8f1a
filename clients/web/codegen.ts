import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types come from the committed supergraph (never from introspection, which is off in
// production): an operation the schema no longer supports, or a field it renamed, fails
// `npm run build`. The generated code in src/gql/ is committed, so a review shows what changed.
const config: CodegenConfig = {
  schema: '../../schema/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
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
