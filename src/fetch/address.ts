/**
 * Which addresses a fetch may reach. Only public unicast addresses: ipaddr.js classifies every
 * special-purpose range (private, loopback, link-local with the cloud metadata address
 * 169.254.169.254, carrier-grade NAT, multicast, unique-local with fd00:ec2::254, documentation,
 * reserved, 6to4/Teredo/NAT64 tunnels), and an IPv4-mapped IPv6 address is judged by the IPv4
 * address inside it.
 */
import ipaddr from 'ipaddr.js';
import { FetchError } from './errors.js';

export function isPublicAddress(ip: string): boolean {
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return false;
  }
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  return address.range() === 'unicast';
}

/** An IP literal as the URL parser normalised it ("127.0.0.1", "[::1]"), else null for a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) && (ipaddr.IPv4.isValidFourPartDecimal(bare) || bare.includes(':')) ? bare : null;
}

export function assertPublicAddress(ip: string, hostname: string): void {
  if (!isPublicAddress(ip)) {
    throw new FetchError(
      'PRIVATE_ADDRESS',
      `${hostname} resolves to ${ip}, a private, loopback, link-local or reserved address; fetching it is not allowed.`,
    );
  }
}

/** Names that always mean this machine, whatever DNS says. */
export function isLocalName(hostname: string): boolean {
  return /(?:^|\.)localhost\.?$/i.test(hostname);
}
