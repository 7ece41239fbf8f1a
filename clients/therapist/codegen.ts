import { clientCodegen } from '@caregraph/client-kit/codegen';

// Operation types come from the committed supergraph with the settings every Caregraph app shares
// (the kit's preset): an operation the schema no longer supports, or a field it renamed, fails
// `npm run build`. The generated code in src/gql/ is committed, so a review shows what changed.
// Signing up, in and out are the kit's operations, typed in the kit.
export default clientCodegen({ schema: '../../schema/supergraph.graphql' });
