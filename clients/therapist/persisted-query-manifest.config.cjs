// The trusted-documents manifest of the therapist workspace (ADR 011, ADR 016): every operation exactly
// as Apollo Client sends it, by its sha256, the kit's sign-up/sign-in/sign-out operations included.
// A gateway started with GATEWAY_TRUSTED_DOCUMENTS=<this file> accepts only these ids.
const kitOperations = [require.resolve('@caregraph/client-kit/operations'), require.resolve('@caregraph/client-kit/notifications')];

module.exports = {
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}', ...kitOperations],
  output: 'src/gql/persisted-query-manifest.json',
};
