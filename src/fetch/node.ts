/**
 * The Node transport: the name is resolved once (every address dns.lookup returns), every address is
 * checked, and the connection is made to the checked address through a `lookup` that returns it, so
 * a second resolution (DNS rebinding: public for the check, private for the connection) cannot happen.
 * TLS still verifies the certificate for the name in the URL.
 */
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { assertPublicAddress, ipLiteral } from './address.js';
import { FetchError } from './errors.js';
import { createPageFetcher, type FetchPolicy, type PageFetcher, type Transport } from './page.js';

const NO_BODY = new Set([101, 204, 205, 304]);

async function resolveChecked(hostname: string, policy: FetchPolicy): Promise<{ address: string; family: number }> {
  const literal = ipLiteral(hostname);
  let addresses: { address: string; family: number }[];
  if (literal) addresses = [{ address: literal, family: literal.includes(':') ? 6 : 4 }];
  else {
    try {
      addresses = await lookup(hostname, { all: true, verbatim: true });
    } catch {
      throw new FetchError('NETWORK', `${hostname} does not resolve.`);
    }
  }
  if (!addresses.length) throw new FetchError('NETWORK', `${hostname} does not resolve.`);
  // Every address is checked: a name with one public and one private address is refused whole.
  if (!policy.allowPrivate) for (const { address } of addresses) assertPublicAddress(address, hostname);
  return addresses[0];
}

export function nodeTransport(policy: FetchPolicy): Transport {
  return async (url, { headers, signal }) => {
    const pinned = await resolveChecked(url.hostname, policy);
    const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
      else callback(null, pinned.address, pinned.family);
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<Response>((resolve, reject) => {
      // No shared agent: a pooled socket could have been opened by a request outside this check.
      const request = client.request(url, { headers, signal, lookup: pinnedLookup, agent: false }, (incoming) => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const status = incoming.statusCode ?? 502;
        if (NO_BODY.has(status)) incoming.resume();
        const body = NO_BODY.has(status) ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
        resolve(new Response(body, { status, headers: responseHeaders }));
      });
      request.on('error', reject);
      request.end();
    });
  };
}

export function nodePageFetcher(policy: FetchPolicy): PageFetcher {
  return createPageFetcher(nodeTransport(policy), policy);
}
