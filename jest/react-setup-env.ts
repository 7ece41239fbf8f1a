// jsdom lacks a few web APIs that Node has and react-router uses.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });

// jsdom has no fetch `Request`; react-router's data router builds one for each navigation (e.g.
// the redirect after signing in). Node's own is not reachable from jsdom, so the little it reads.
if (typeof globalThis.Request === 'undefined') {
  class NavigationRequest {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal | undefined;
    readonly headers = new Map<string, string>();
    constructor(url: string | URL, init: { method?: string; signal?: AbortSignal } = {}) {
      this.url = String(url);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal;
    }
  }
  Object.assign(globalThis, { Request: NavigationRequest });
}
