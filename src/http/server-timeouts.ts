/**
 * Socket timeouts of the public Node server (ms): a client has 10 s to send its headers and 30 s
 * for the whole request (a 2.5 MB body at ~100 KB/s), and an idle keep-alive socket is closed after
 * 5 s, so slow or idle clients cannot hold sockets for Node's defaults (60 s / 300 s). Expiry is
 * checked every second. HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS override the first two.
 */
export function serverTimeouts(env: Record<string, string | undefined> = {}) {
  const ms = (value: string | undefined, fallback: number) =>
    value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback;
  const headersTimeout = ms(env.HEADERS_TIMEOUT_MS, 10_000);
  return {
    headersTimeout,
    // Node requires the request timeout to be at least the headers timeout.
    requestTimeout: Math.max(headersTimeout, ms(env.REQUEST_TIMEOUT_MS, 30_000)),
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
  };
}
