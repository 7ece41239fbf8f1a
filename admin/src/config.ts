/** Where the dashboard finds the gateway: deployment config (config.js), else the build's VITE_GATEWAY_URL, else the local default. */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

declare global {
  interface Window {
    CAREGRAPH_CONFIG?: { gatewayUrl?: string };
  }
}

export function gatewayUrl(buildTimeUrl: string | undefined): string {
  return window.CAREGRAPH_CONFIG?.gatewayUrl || buildTimeUrl || DEFAULT_GATEWAY_URL;
}
