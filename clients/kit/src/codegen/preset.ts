import type { CodegenConfig } from '@graphql-codegen/cli';

export interface ClientCodegenOptions {
  /** The committed supergraph, relative to the app's folder (e.g. `../../schema/supergraph.graphql`). */
  schema: string;
  /** Where the app's operations are; defaults to every source file outside the generated folder and the tests. */
  documents?: string[];
  /** The generated folder; defaults to `src/gql/`. */
  output?: string;
}

/**
 * The codegen settings every Caregraph browser app shares: operation types from the committed
 * supergraph (never from introspection, which is off in production), so an operation the schema
 * no longer supports, or a field it renamed, fails the app's build; enums as string unions, the
 * graph's scalars as strings and plain objects, and no fragment masking.
 */
export function clientCodegen({ schema, documents, output = 'src/gql/' }: ClientCodegenOptions): CodegenConfig {
  const folder = output.replace(/\/?$/, '/');
  return {
    schema,
    documents: documents ?? ['src/**/*.{ts,tsx}', `!${folder}**`, '!src/**/*.test.{ts,tsx}'],
    ignoreNoDocuments: false,
    generates: {
      [folder]: {
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
}
