import { listen, sendJson, type GracefulServer } from '@caregraph/kernel';
import type { IncomingMessage } from 'node:http';
import { clientIpOf, parseTrustedProxies } from './client-address';

/** The client address as the gateway sees it, over a real socket from 127.0.0.1. */
describe('client address behind trusted proxies', () => {
  let server: GracefulServer;
  let trusted = parseTrustedProxies('');
  const seen = (req: IncomingMessage) => clientIpOf(req, trusted);

  beforeAll(async () => {
    server = await listen((req, res) => sendJson(res, 200, { ip: seen(req) }), '127.0.0.1', 0);
  });
  afterAll(() => server.close(100));

  const addressFor = async (forwardedFor?: string) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
    return ((await response.json()) as { ip: string }).ip;
  };

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy (none are by default)', async () => {
    trusted = parseTrustedProxies('');
    expect(await addressFor('203.0.113.9')).toBe('127.0.0.1');
    trusted = parseTrustedProxies('10.0.0.0/8');
    expect(await addressFor('203.0.113.9')).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, takes the right-most address that is not itself a trusted proxy', async () => {
    trusted = parseTrustedProxies('127.0.0.1, 10.0.0.0/8');
    expect(await addressFor('203.0.113.9')).toBe('203.0.113.9');
    // The client wrote the first entry itself; the proxies appended the rest.
    expect(await addressFor('198.51.100.1, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    expect(await addressFor('10.0.0.7, 10.1.2.3')).toBe('10.0.0.7');
    expect(await addressFor()).toBe('127.0.0.1');
    expect(await addressFor('203.0.113.9, not-an-address')).toBe('127.0.0.1');
  });

  it('parses addresses and CIDR ranges of both families, and names a bad entry', () => {
    const proxies = parseTrustedProxies(' 192.0.2.7 ,2001:db8::/32,10.0.0.0/8');
    expect(proxies.size).toBe(3);
    expect(proxies.has('192.0.2.7')).toBe(true);
    expect(proxies.has('::ffff:10.9.8.7')).toBe(true);
    expect(proxies.has('2001:db8:5::1')).toBe(true);
    expect(proxies.has('192.0.2.8')).toBe(false);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies('proxy.internal')).toThrow(/"proxy.internal" is not an IP address or CIDR range/);
  });
});
