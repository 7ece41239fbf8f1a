// Deployment settings for the app, read at start-up. Whoever serves the built app may replace this
// file, e.g. window.CAREGRAPH_CONFIG = { gatewayUrl: '/graphql' };
window.CAREGRAPH_CONFIG = window.CAREGRAPH_CONFIG || {};
