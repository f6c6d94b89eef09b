import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../src/feeds/parse.js';

describe('parseFeed', () => {
  it('reads RSS 2.0: GUID as key, else the link; RFC 822 dates; content:encoded over description; entities decoded', () => {
    const feed = parseFeed(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Herald &amp; Co</title>
<item><title>Fares &amp;amp; fees</title><link>https://h.example/a</link><guid isPermaLink="false">id-1</guid>
<pubDate>Wed, 03 Jul 2024 09:15:00 +0300</pubDate><description>short</description><content:encoded><![CDATA[<p>Full &rsquo;text&rsquo;</p>]]></content:encoded></item>
<item><title><![CDATA[Ports &amp; ships]]></title><link>https://h.example/b</link><pubDate>not a date</pubDate><description>&lt;p&gt;Only a summary&lt;/p&gt;</description></item>
</channel></rss>`);
    expect(feed.title).toBe('Herald & Co');
    expect(feed.items).toEqual([
      {
        key: 'id-1',
        url: 'https://h.example/a',
        title: 'Fares & fees',
        publishedAt: '2024-07-03T06:15:00.000Z',
        content: '<p>Full &rsquo;text&rsquo;</p>',
      },
      {
        key: 'https://h.example/b',
        url: 'https://h.example/b',
        title: 'Ports & ships',
        publishedAt: null,
        content: '<p>Only a summary</p>',
      },
    ]);
  });

  it('reads Atom: id as key, the alternate link, published (else updated), content over summary', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Wire</title>
<entry><id>urn:1</id><title type="html">A &amp;amp; B</title><link rel="self" href="https://w.example/self"/><link rel="alternate" href="https://w.example/1"/>
<updated>2024-09-12T11:02:00Z</updated><summary>s</summary><content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry>
<entry><id>urn:2</id><title>Two</title><link href="https://w.example/2"/><updated>2024-09-13T07:00:00Z</updated></entry></feed>`);
    expect(feed.title).toBe('Wire');
    expect(feed.items).toEqual([
      {
        key: 'urn:1',
        url: 'https://w.example/1',
        title: 'A & B',
        publishedAt: '2024-09-12T11:02:00.000Z',
        content: '<p>c</p>',
      },
      {
        key: 'urn:2',
        url: 'https://w.example/2',
        title: 'Two',
        publishedAt: '2024-09-13T07:00:00.000Z',
        content: null,
      },
    ]);
  });

  it('reads JSON Feed', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [
          {
            id: 'x',
            url: 'https://j.example/x',
            title: 'X',
            date_published: '2024-11-02T14:05:00+02:00',
            content_text: 'Body.',
          },
        ],
      }),
    );
    expect(feed).toEqual({
      title: 'J',
      items: [
        { key: 'x', url: 'https://j.example/x', title: 'X', publishedAt: '2024-11-02T12:05:00.000Z', content: 'Body.' },
      ],
    });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const feed =
      parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>R</title></channel><item><title>One</title><link>https://r.example/1</link><dc:date>2024-01-02T03:04:05Z</dc:date></item></rdf:RDF>`);
    expect(feed.items).toEqual([
      {
        key: 'https://r.example/1',
        url: 'https://r.example/1',
        title: 'One',
        publishedAt: '2024-01-02T03:04:05.000Z',
        content: null,
      },
    ]);
  });

  it('refuses broken XML, an HTML page, JSON that is no feed and plain text', () => {
    for (const text of [
      '<rss version="2.0"><channel><title>Cut short</title><item><title>',
      '<html><body><p>page</p></body></html>',
      '{"hello": "world"}',
      '{"version": "https://jsonfeed.org/version/1.1", ',
      'just words',
    ]) {
      expect(() => parseFeed(text), text).toThrow(FeedParseError);
    }
  });

  it('refuses an entity-expansion bomb instead of expanding it', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
<rss version="2.0"><channel><title>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</title></channel></rss>`;
    let title: string | null = null;
    try {
      title = parseFeed(lol).title;
    } catch {
      title = null;
    }
    expect((title ?? '').length).toBeLessThan(1_000_000);
  });
});
