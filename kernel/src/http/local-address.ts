import { isIP } from 'node:net';

/**
 * Whether an IP address is one a request to an outside party must never reach in production: loopback,
 * private (RFC 1918, shared 100.64/10, IPv6 unique-local), link-local (cloud metadata at 169.254.169.254)
 * or unspecified. Used for organisations' webhook endpoints, checked when one is added and again at each
 * connection.
 */
export function isLocalAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (isIP(ip) === 6) {
    if (ip === '::' || ip === '::1') return true;
    if (ip.startsWith('::ffff:')) return isLocalAddress(ip.slice('::ffff:'.length)) || !ip.includes('.');
    return /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip);
  }
  return false;
}
