import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** The proxies (load balancers) whose X-Forwarded-For the gateway believes (TRUSTED_PROXIES). */
export interface TrustedProxies {
  has(address: string): boolean;
  readonly size: number;
}

/** IPv4-mapped IPv6 (::ffff:10.0.0.1) as the IPv4 address it is. */
const unmapped = (address: string) => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;

/**
 * Parses a comma list of addresses and CIDR ranges (`10.0.0.0/8, 2001:db8::/32, 192.0.2.7`).
 * Throws, naming the entry, for anything else: a typo must not silently trust nobody or everybody.
 */
export function parseTrustedProxies(list: string): TrustedProxies {
  const blocks = new BlockList();
  let size = 0;
  for (const entry of list.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > maxBits))) {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, bits, type);
    size += 1;
  }
  return {
    size,
    has(address) {
      const plain = unmapped(address);
      const family = isIP(plain);
      return family !== 0 && blocks.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The client's address. When the socket's peer is a trusted proxy, the right-most entry of
 * X-Forwarded-For that is not itself a trusted proxy (entries left of it are the client's own
 * claims, which anyone can forge); otherwise the peer, whatever X-Forwarded-For says.
 */
export function clientIpOf(req: IncomingMessage, trusted: TrustedProxies): string | null {
  const peer = req.socket.remoteAddress ?? null;
  if (!peer || trusted.size === 0 || !trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (!isIP(unmapped(hop))) return peer; // garbage in the chain: nothing left of it can be believed
    if (!trusted.has(hop)) return unmapped(hop);
  }
  // Every hop is a trusted proxy: the left-most is as close to the client as the chain goes.
  return hops.length > 0 ? unmapped(hops[0]) : peer;
}
