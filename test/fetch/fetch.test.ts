import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/fetch/address.js';
import { nodePageFetcher, nodeTransport } from '../../src/fetch/node.js';
import {
  createPageFetcher,
  DEFAULT_FETCH_POLICY,
  FetchError,
  type FetchPolicy,
  type Transport,
} from '../../src/fetch/page.js';
import { html, type LoopbackSite, redirect, startLoopbackSite } from './loopback.js';

const strict: FetchPolicy = { ...DEFAULT_FETCH_POLICY };
const permissive: FetchPolicy = { ...DEFAULT_FETCH_POLICY, allowPrivate: true };

async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('the fetch succeeded');
}

describe('isPublicAddress', () => {
  it('refuses private, loopback, link-local, CGNAT, multicast, metadata, unique-local and mapped addresses', () => {
    for (const address of [
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '127.8.9.10',
      '0.0.0.0',
      '169.254.169.254',
      '100.64.0.1',
      '224.0.0.251',
      '255.255.255.255',
      '198.18.0.1',
      '::',
      '::1',
      'fe80::1',
      'fd00:ec2::254',
      'fc00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::a00:1',
      '2002:7f00:1::',
      '2001:db8::1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('accepts public unicast addresses, IPv4 inside IPv6 included', () => {
    for (const address of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });
});

describe('fetching under the rules, against a loopback site', () => {
  let site: LoopbackSite;
  let secretHits = 0;
  beforeAll(async () => {
    site = await startLoopbackSite({
      '/page': html('<html><body><p>Hello</p></body></html>', { etag: '"v1"' }),
      '/secret': (_req, res) => {
        secretHits++;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>');
      },
      '/conditional': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
        else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end('<rss/>');
      },
      '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
      '/untyped': (_req, res) => res.writeHead(200).end('<p>no type</p>'),
      '/huge': (_req, res) => {
        // An endless body in 64 KiB chunks, no Content-Length (stopped at 200 MB should the client never stop).
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 200_000_000 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => hugeBytesSent.push(sent));
        pump();
      },
      '/declared-huge': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' }).end(),
      '/slow': (_req, res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>');
        const timer = setInterval(() => res.write('.'), 50);
        res.on('close', () => clearInterval(timer));
      },
      // windows-1252 bytes for “Café”, declared only by the page itself.
      '/latin': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            Buffer.concat([
              Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
              Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
              Buffer.from('</p></body></html>'),
            ]),
          ),
      '/r1': redirect('/r2', 301),
      '/r2': redirect('/r3', 307),
      '/r3': redirect('/page', 308),
      '/loop': redirect('/loop'),
      '/to-ftp': redirect('ftp://files.example/x'),
    });
  });
  afterAll(() => site.close());
  const hugeBytesSent: number[] = [];

  it('refuses 127.0.0.1 by default (no FETCH_ALLOW_PRIVATE), before any request is made', async () => {
    const before = site.requests.length;
    const failure = await failureOf(nodePageFetcher(strict)(`${site.origin}/page`));
    expect(failure.reason).toBe('PRIVATE_ADDRESS');
    expect(site.requests.length).toBe(before);
  });

  it('refuses a name by the address it resolves to (localhost through dns.lookup), not by the name', async () => {
    const failure = await failureOf(
      nodeTransport(strict)(new URL(`http://localhost:${site.port}/page`), {
        headers: {},
        signal: AbortSignal.timeout(5000),
      }),
    );
    expect(failure.reason).toBe('PRIVATE_ADDRESS');
    expect(failure.message).toMatch(/resolves to (?:127\.0\.0\.1|::1)/);
  });

  it('refuses other schemes and URLs with credentials', async () => {
    const fetchPage = nodePageFetcher(permissive);
    for (const url of ['file:///etc/passwd', 'ftp://files.example/x', 'javascript:alert(1)', 'not a url']) {
      expect((await failureOf(fetchPage(url))).reason, url).toBe('BAD_URL');
    }
    expect((await failureOf(fetchPage(`http://user:pw@127.0.0.1:${site.port}/page`))).reason).toBe('BAD_URL');
  });

  it('fetches a page when private addresses are allowed, with its ETag', async () => {
    const page = await nodePageFetcher(permissive)(`${site.origin}/page`);
    expect(page).toMatchObject({ status: 200, notModified: false, contentType: 'text/html', etag: '"v1"' });
    expect(page.text).toBe('<html><body><p>Hello</p></body></html>');
  });

  it('decodes a page in the charset it declares in a <meta> when the Content-Type names none', async () => {
    const page = await nodePageFetcher(permissive)(`${site.origin}/latin`);
    expect(page.text).toContain('<p>“Café”</p>');
  });

  it('answers a conditional request with notModified', async () => {
    const page = await nodePageFetcher(permissive)(`${site.origin}/conditional`, {
      headers: { 'if-none-match': '"v1"' },
    });
    expect(page).toMatchObject({ status: 304, notModified: true, text: '' });
  });

  it('follows redirects hop by hop and reports where the page was found', async () => {
    const page = await nodePageFetcher(permissive)(`${site.origin}/r1`);
    expect(page.url).toBe(`${site.origin}/page`);
    expect(page.text).toContain('Hello');
  });

  it('stops after 5 redirects', async () => {
    const before = site.requests.length;
    const failure = await failureOf(nodePageFetcher(permissive)(`${site.origin}/loop`));
    expect(failure.reason).toBe('TOO_MANY_REDIRECTS');
    expect(site.requests.length - before).toBe(6);
  });

  it('re-checks every hop: a redirect to a private address, a metadata address or another scheme is refused', async () => {
    // A public name (news.example) that this test routes to the loopback site; every other host goes
    // through the real Node transport under the strict policy.
    const loopback = nodeTransport(permissive);
    const routed: Transport = (url, init) => {
      if (url.hostname !== 'news.example') return nodeTransport(strict)(url, init);
      const local = new URL(url);
      local.host = `127.0.0.1:${site.port}`;
      return loopback(local, init);
    };
    const fetchPage = createPageFetcher(routed, strict);
    expect((await fetchPage('http://news.example/page')).text).toContain('Hello');

    const targets = [
      `http://127.0.0.1:${site.port}/secret`,
      `http://localhost:${site.port}/secret`,
      `http://[::ffff:127.0.0.1]:${site.port}/secret`,
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/latest/meta-data/',
      'http://10.0.0.1/',
    ];
    for (const target of targets) {
      site.routes.set('/jump', redirect(target));
      expect((await failureOf(fetchPage('http://news.example/jump'))).reason, target).toBe('PRIVATE_ADDRESS');
    }
    expect(secretHits).toBe(0);
    expect((await failureOf(fetchPage('http://news.example/to-ftp'))).reason).toBe('BAD_URL');
  });

  it('aborts a body over 2 MB while it streams: the connection is closed, the rest never sent', async () => {
    const failure = await failureOf(nodePageFetcher(permissive)(`${site.origin}/huge`));
    expect(failure.reason).toBe('TOO_LARGE');
    await expect.poll(() => hugeBytesSent.length).toBe(1);
    // What the server got out before the client hung up: the cap plus what socket buffers hold.
    expect(hugeBytesSent[0]).toBeLessThan(50_000_000);
  });

  it('refuses a declared Content-Length over the cap', async () => {
    expect((await failureOf(nodePageFetcher(permissive)(`${site.origin}/declared-huge`))).reason).toBe('TOO_LARGE');
  });

  it('times out a body that never ends', async () => {
    const failure = await failureOf(nodePageFetcher({ ...permissive, timeoutMs: 300 })(`${site.origin}/slow`));
    expect(failure.reason).toBe('TIMEOUT');
  });

  it('refuses a content type that is not HTML, XML or JSON, and a missing one', async () => {
    const fetchPage = nodePageFetcher(permissive);
    expect((await failureOf(fetchPage(`${site.origin}/image`))).reason).toBe('CONTENT_TYPE');
    expect((await failureOf(fetchPage(`${site.origin}/untyped`))).reason).toBe('CONTENT_TYPE');
  });

  it('reports an error status and a refused connection as failures', async () => {
    const fetchPage = nodePageFetcher(permissive);
    expect((await failureOf(fetchPage(`${site.origin}/missing`))).reason).toBe('HTTP_STATUS');
    const closed = await startLoopbackSite();
    await closed.close();
    expect((await failureOf(fetchPage(`${closed.origin}/`))).reason).toBe('NETWORK');
  });
});
