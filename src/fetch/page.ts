/**
 * Fetching a page or a feed safely, the same on Node and on Workers: only http(s), redirects followed
 * by hand so every hop is checked again, a time cap over the whole fetch (every hop and the body), a
 * size cap enforced while the body streams in, and only HTML, XML or JSON accepted.
 *
 * Where a name resolves is the transport's business (src/fetch/node.ts resolves and pins the checked
 * address on Node; on Workers, Cloudflare resolves names and its fetch cannot reach private networks).
 * Here every IP literal and `localhost` name is checked before any transport sees it.
 */
import { assertPublicAddress, ipLiteral, isLocalName } from './address.js';
import { FetchError } from './errors.js';

export { FetchError, type FetchFailure } from './errors.js';

export interface FetchPolicy {
  /** Reach private, loopback and link-local addresses too (tests, local use): FETCH_ALLOW_PRIVATE=true. */
  allowPrivate: boolean;
  /** Bytes of body at most (default 2 MB). */
  maxBytes: number;
  /** Milliseconds for the whole fetch, redirects and body included (default 10 s). */
  timeoutMs: number;
  /** Redirect hops followed at most (default 5). */
  maxRedirects: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  allowPrivate: false,
  maxBytes: 2_000_000,
  timeoutMs: 10_000,
  maxRedirects: 5,
};

/** One request, no redirects followed; it refuses addresses the policy forbids. */
export type Transport = (url: URL, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  status: number;
  /** True for a 304 answer to a conditional request: `text` is empty. */
  notModified: boolean;
  contentType: string;
  text: string;
  etag: string | null;
  lastModified: string | null;
}

export type PageFetcher = (url: string, options?: { headers?: Record<string, string> }) => Promise<FetchedPage>;

const ACCEPTED_TYPE =
  /^(?:text\/html|application\/xhtml\+xml|(?:text|application)\/(?:[\w.-]+\+)?xml|application\/(?:[\w.-]+\+)?json)$/;

const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, application/json;q=0.8';

export function httpUrl(value: string | URL, policy: FetchPolicy): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchError('BAD_URL', `Not a URL: ${String(value).slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('BAD_URL', `Only http and https URLs can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchError('BAD_URL', 'URLs with credentials are not fetched.');
  if (!policy.allowPrivate) {
    if (isLocalName(url.hostname)) assertPublicAddress('127.0.0.1', url.hostname);
    const literal = ipLiteral(url.hostname);
    if (literal) assertPublicAddress(literal, url.hostname);
  }
  return url;
}

const CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/**
 * The body as text, in the charset the Content-Type names, else the one a document declares at its
 * start (`<meta charset>`, `<?xml … encoding>`), else UTF-8.
 */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const charset =
    CHARSET.exec(contentType)?.[1] ??
    /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /^<\?xml[^>]{0,100}encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads the body up to `maxBytes`, cancelling the stream (and so the connection) as soon as it is over. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError('TOO_LARGE', `The answer is ${declared} bytes; the limit is ${maxBytes}.`);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError('TOO_LARGE', `The answer is over the limit of ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function failure(error: unknown, signal: AbortSignal, url: URL): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return new FetchError('TIMEOUT', `Fetching ${url.host} took too long.`);
  return new FetchError('NETWORK', `Could not fetch ${url.host}.`);
}

/** A fetcher over a transport, applying the policy to every hop. */
export function createPageFetcher(transport: Transport, policy: FetchPolicy = DEFAULT_FETCH_POLICY): PageFetcher {
  return async (target, options = {}) => {
    const signal = AbortSignal.timeout(policy.timeoutMs);
    let url = httpUrl(target, policy);
    try {
      for (let hop = 0; ; hop++) {
        const response = await transport(url, {
          headers: { accept: ACCEPT, 'user-agent': 'newsgraph/0.1', ...options.headers },
          signal,
        });
        if (REDIRECTS.has(response.status)) {
          await response.body?.cancel();
          const location = response.headers.get('location');
          if (!location) throw new FetchError('HTTP_STATUS', `${url.host} redirected without a Location.`);
          if (hop >= policy.maxRedirects) {
            throw new FetchError('TOO_MANY_REDIRECTS', `More than ${policy.maxRedirects} redirects from ${target}.`);
          }
          url = httpUrl(new URL(location, url), policy);
          continue;
        }
        const headerOf = (name: string) => response.headers.get(name);
        const page = {
          url: url.toString(),
          status: response.status,
          etag: headerOf('etag'),
          lastModified: headerOf('last-modified'),
        };
        if (response.status === 304) {
          await response.body?.cancel();
          return { ...page, notModified: true, contentType: '', text: '' };
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw new FetchError('HTTP_STATUS', `${url.host} answered ${response.status}.`);
        }
        const contentType = headerOf('content-type') ?? '';
        const mime = contentType.split(';')[0].trim().toLowerCase();
        if (!ACCEPTED_TYPE.test(mime)) {
          await response.body?.cancel();
          throw new FetchError(
            'CONTENT_TYPE',
            `${url.host} sent ${mime || 'no content type'}; only HTML, XML and JSON are read.`,
          );
        }
        const text = decode(await readCapped(response, policy.maxBytes), contentType);
        return { ...page, notModified: false, contentType: mime, text };
      }
    } catch (error) {
      throw failure(error, signal, url);
    }
  };
}

/** The runtime's own fetch as a transport (Workers): redirects left to the fetcher, literals checked there. */
export const platformTransport: Transport = (url, { headers, signal }) =>
  fetch(url, { headers, signal, redirect: 'manual' });

export function fetchPolicyFromEnv(env: Record<string, unknown>): FetchPolicy {
  const seconds = Number(env.FETCH_TIMEOUT_SECONDS);
  return {
    ...DEFAULT_FETCH_POLICY,
    allowPrivate: env.FETCH_ALLOW_PRIVATE === 'true',
    timeoutMs: seconds > 0 ? seconds * 1000 : DEFAULT_FETCH_POLICY.timeoutMs,
  };
}
