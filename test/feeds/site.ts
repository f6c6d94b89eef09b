// A loopback news site with RSS, Atom and JSON feeds whose items link to its own pages (written for
// these tests; the outlets are invented), plus feeds that fail in each way a real one can.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ampPage, arcPage, plainCmsPage, wordpressPage } from '../ingest/html-pages.js';
import { html, type LoopbackSite, startLoopbackSite } from '../fetch/loopback.js';

export interface RssItem {
  guid?: string;
  path: string;
  title: string;
  pubDate: string;
  description?: string;
}

// A page with no headline, date or author of its own: the feed item's must stand in.
export const barePage = `<html><body><div class="story">
<p>The regional council said on Friday that the coastal road would reopen on Monday after the landslide.</p>
<p>“Crews have worked through the night,” said Yannis Doukas, the council’s road engineer.</p>
</div></body></html>`;

export const lateNewsPage = `<!doctype html><html><head><meta property="og:title" content="Ferry fares to be frozen for the winter | The Athens Herald">
<meta property="article:published_time" content="2024-12-01T08:00:00+02:00"></head><body><article>
<p>ATHENS — Ferry fares to the islands will not rise this winter, the shipping ministry said on Sunday.</p>
<p>“Islanders should not pay more to reach a hospital,” Shipping Minister Petros Lianos told reporters.</p>
</article></body></html>`;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface NewsSite extends LoopbackSite {
  /** Items of /feeds/rss.xml, newest first; change them and bump `rssVersion` to publish. */
  rssItems: RssItem[];
  rssVersion: number;
  /** Count of full (200) and not-modified (304) answers of /feeds/rss.xml. */
  rssAnswers: { full: number; notModified: number };
  /** How many times each page was fetched, by path. */
  pageFetches: Map<string, number>;
}

/** The item /control/publish adds to the RSS feed. */
export const nextItem: RssItem = {
  guid: 'herald-4190',
  path: '/news/ferry-fares',
  title: 'Ferry fares frozen',
  pubDate: 'Sun, 01 Dec 2024 06:00:00 GMT',
};

export async function startNewsSite(): Promise<NewsSite> {
  const pageFetches = new Map<string, number>();
  const page =
    (body: string) =>
    (req: IncomingMessage, res: ServerResponse): void => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      pageFetches.set(path, (pageFetches.get(path) ?? 0) + 1);
      html(body)(req, res);
    };
  const site = (await startLoopbackSite()) as NewsSite;
  Object.assign(site, {
    rssItems: [
      {
        guid: 'herald-4182',
        path: '/news/wildfire-plan',
        title: 'Greece unveils a new wildfire plan',
        pubDate: 'Wed, 03 Jul 2024 06:15:00 GMT',
      },
      {
        path: '/news/coastal-road',
        title: 'Coastal road to reopen on Monday',
        pubDate: 'Fri, 05 Jul 2024 10:00:00 +0300',
      },
    ],
    rssVersion: 1,
    rssAnswers: { full: 0, notModified: 0 },
    pageFetches,
  });
  const rss = (): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Athens Herald &amp; Islands</title><link>${site.origin}/</link><description>News</description>
${site.rssItems
  .map(
    (item) => `<item><title>${escapeXml(item.title)}</title><link>${site.origin}${item.path}</link>
${item.guid ? `<guid isPermaLink="false">${item.guid}</guid>` : ''}<pubDate>${item.pubDate}</pubDate>
<description><![CDATA[${item.description ?? '<p>Summary only.</p>'}]]></description><dc:creator>Herald staff</dc:creator></item>`,
  )
  .join('\n')}
</channel></rss>`;

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/news/wildfire-plan': page(wordpressPage),
    '/news/coastal-road': page(barePage),
    '/news/ferry-fares': page(lateNewsPage),
    '/news/port-strike': page(arcPage),
    '/news/metro': page(plainCmsPage),
    '/news/harbour': page(ampPage),
    '/feeds/rss.xml': (req, res) => {
      const etag = `"rss-${site.rssVersion}"`;
      if (req.headers['if-none-match'] === etag) {
        site.rssAnswers.notModified++;
        res.writeHead(304, { etag }).end();
        return;
      }
      site.rssAnswers.full++;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rss());
    },
    '/feeds/atom.xml': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Piraeus Daily: Business</title><id>urn:piraeus:business</id><updated>2024-09-12T11:00:00Z</updated>
<entry><title>Port workers strike over automation plan</title><id>urn:piraeus:story:881</id>
<link rel="alternate" type="text/html" href="/news/port-strike"/><published>2024-09-12T06:30:00Z</published><updated>2024-09-12T11:02:00Z</updated>
<summary>Dock workers walked off the job.</summary></entry>
<entry><title>Shipyard orders rise for a third year</title><id>urn:piraeus:story:882</id>
<link rel="alternate" type="text/html" href="/news/gone"/><published>2024-09-13T07:00:00Z</published>
<content type="html">&lt;p&gt;PIRAEUS, Greece &amp;#8212; Orders at the country&amp;#8217;s shipyards rose for a third year, the shipbuilders&amp;#8217; association said on Friday.&lt;/p&gt;&lt;p&gt;&amp;#x201C;We have work until 2027,&amp;#x201D; said association president Kostas Mavros.&lt;/p&gt;</content></entry>
</feed>`),
    '/feeds/feed.json': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Aegean Wire',
          items: [
            {
              id: 'aw-1',
              url: `${site.origin}/news/harbour`,
              title: 'Minoan harbour found',
              date_published: '2024-11-02T12:05:00Z',
            },
            {
              id: 'aw-2',
              url: `${site.origin}/news/metro`,
              title: 'Metro line opens',
              date_published: '2024-03-16T09:00:00Z',
            },
          ],
        }),
      ),
    // 30 items whose pages are gone: each is ingested from its own text in the feed.
    '/feeds/many.json': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Harbour notices',
          items: Array.from({ length: 30 }, (_, n) => ({
            id: `notice-${n}`,
            url: `${site.origin}/notices/${n}`,
            title: `Harbour notice ${n + 1}`,
            date_published: `2024-10-${String((n % 28) + 1).padStart(2, '0')}T08:00:00Z`,
            content_html: `<p>Berth ${n + 1} at the harbour will close for repairs for ${n + 2} days, the port office said.</p>`,
          })),
        }),
      ),
    '/feeds/broken.xml': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss version="2.0"><channel><title>Cut short</title><item><title>'),
    '/feeds/slow.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/feeds/huge.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, ' ');
      const pump = () => {
        while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
      };
      pump();
    },
    '/feeds/not-a-feed': html('<html><body><p>Just a page.</p></body></html>'),
    // For tests that cannot reach this object (inside workerd): publish the next item, read the counters.
    '/control/publish': (_req, res) => {
      site.rssItems.unshift(nextItem);
      site.rssVersion++;
      res.writeHead(204).end();
    },
    '/control/stats': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ rssAnswers: site.rssAnswers, pageFetches: Object.fromEntries(pageFetches) })),
  };
  for (const [path, route] of Object.entries(routes)) site.routes.set(path, route);
  return site;
}
