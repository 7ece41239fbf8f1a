import { clientCodegen } from '@caregraph/client-kit/codegen';

// Operation types come from the committed supergraph with the settings every Caregraph app shares
// (the kit's preset): an operation the schema no longer supports fails `npm run build`. The
// sign-in and MFA operations are the kit's, typed in the kit.
export default clientCodegen({ schema: '../schema/supergraph.graphql' });
