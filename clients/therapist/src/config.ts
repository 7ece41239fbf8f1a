/** Where the app finds the gateway: deployment config (config.js), else the build's VITE_GATEWAY_URL, else same-origin /graphql. */
declare global {
  interface Window {
    CAREGRAPH_CONFIG?: { gatewayUrl?: string };
  }
}

export function gatewayUrl(buildTimeUrl: string | undefined): string {
  return window.CAREGRAPH_CONFIG?.gatewayUrl || buildTimeUrl || '/graphql';
}
