// The trusted-documents manifest of this app (ADR 011, ADR 016): every operation exactly as Apollo
// Client sends it (with the fragments it uses and `__typename` added), by its sha256. The app sends
// these ids; a gateway started with GATEWAY_TRUSTED_DOCUMENTS=<this file> accepts only them. The
// app's operations include the kit's (signing up, in and out), which it sends through the same client.
const kitOperations = [require.resolve('@caregraph/client-kit/operations'), require.resolve('@caregraph/client-kit/notifications')];

module.exports = {
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}', ...kitOperations],
  output: 'src/gql/persisted-query-manifest.json',
};
