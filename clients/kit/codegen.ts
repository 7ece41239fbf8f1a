import { clientCodegen } from './src/codegen/preset';

// The kit's own operations (sign-in, refresh, sign-out, MFA, password reset, notifications), typed from the committed supergraph
// with the preset the apps use. The generated code in src/gql/ is committed.
export default clientCodegen({ schema: '../../schema/supergraph.graphql', documents: ['src/auth/operations.ts', 'src/notifications/operations.ts'] });
