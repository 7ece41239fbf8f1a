import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isLocalAddress } from '@caregraph/kernel';
import type { WebhookHeaders } from './sign';

/** How an attempt ended: the endpoint's HTTP status, or why there was none. */
export type PostOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * Resolves a host name as usual but refuses, unless `allowLocal`, any loopback, private or link-local
 * address. It is the lookup the request connects with, so a name that resolves to a public address when
 * checked and a private one a moment later (DNS rebinding) cannot steer a delivery into the platform's
 * own network.
 */
export function guardedLookup(allowLocal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const refused = !allowLocal && list.some((a) => isLocalAddress(a.address));
      if (refused || list.length === 0) {
        const err = Object.assign(new Error('webhook endpoint resolves to a local or private address'), { code: 'ELOCALADDRESS' });
        return callback(err, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * Posts one signed payload. No redirect is followed (a 3xx is a failure: the organisation fixes its URL),
 * the answer's body is read and thrown away (never stored: it could hold anything), and the whole attempt
 * ends at `timeoutMs`.
 */
export function postWebhook(url: string, body: string, headers: WebhookHeaders, options: { timeoutMs: number; allowLocal: boolean; userAgent: string }): Promise<PostOutcome> {
  const target = new URL(url);
  if (target.protocol !== 'https:' && !(options.allowLocal && target.protocol === 'http:')) {
    return Promise.resolve({ ok: false, statusCode: null, error: 'NOT_HTTPS' });
  }
  // An address written in the URL is never looked up, so it is checked here.
  if (!options.allowLocal && isLocalAddress(target.hostname)) return Promise.resolve({ ok: false, statusCode: null, error: 'ELOCALADDRESS' });
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup(options.allowLocal),
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': options.userAgent },
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        response.resume();
        response.on('end', () => finish(statusCode >= 200 && statusCode < 300 ? { ok: true, statusCode } : { ok: false, statusCode, error: `HTTP ${statusCode}` }));
        response.on('error', () => finish({ ok: false, statusCode, error: 'RESPONSE_ERROR' }));
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, statusCode: null, error: 'TIMEOUT' });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, statusCode: null, error: /^[A-Z_]+$/.test(error.code ?? '') ? error.code! : 'CONNECTION_ERROR' }));
    request.end(body);
  });
}
