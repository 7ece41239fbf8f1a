// Deployment settings for the dashboard, read at start-up. Whoever serves the built dashboard may
// replace this file, e.g. window.CAREGRAPH_CONFIG = { gatewayUrl: '/graphql' };
window.CAREGRAPH_CONFIG = window.CAREGRAPH_CONFIG || {};
