import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { articleInputFromPage, looksLikeHtml, readPage } from '../../src/ingest/html.js';
import { stripSiteName } from '../../src/ingest/html-metadata.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import {
  ampPage,
  ampParagraphs,
  arcPage,
  arcParagraphs,
  plainCmsPage,
  plainCmsParagraphs,
  wordpressPage,
  wordpressParagraphs,
} from './html-pages.js';

const shapes = [
  {
    name: 'WordPress',
    page: wordpressPage,
    paragraphs: wordpressParagraphs,
    title: 'Greece unveils a new wildfire plan for the islands',
    byline: 'Eleni Markou',
    publishedAt: '2024-07-03T09:15:00+03:00',
    url: 'https://athensherald.example/2024/07/03/greece-wildfire-plan/',
  },
  {
    name: 'Arc XP',
    page: arcPage,
    paragraphs: arcParagraphs,
    title: 'Port workers strike over automation plan',
    byline: 'Dimitris Lambros and Sofia Hale',
    publishedAt: '2024-09-12T06:30:00.000Z',
    url: 'https://www.piraeusdaily.example/business/2024/09/12/port-workers-strike-automation/',
  },
  {
    name: 'a plain table-layout CMS',
    page: plainCmsPage,
    paragraphs: plainCmsParagraphs,
    title: 'Metro line opens after eighteen years',
    byline: 'Petros Alexiou',
    publishedAt: '2024-03-16',
    // The page's canonical link is relative: resolved against where the page was fetched.
    url: 'https://thessalonikitimes.example/news/2024/metro-line-opens-4471.html',
  },
  {
    name: 'AMP',
    page: ampPage,
    paragraphs: ampParagraphs,
    title: 'Minoan harbour found under Heraklion car park',
    byline: 'Anna Vlachou',
    publishedAt: '2024-11-02T14:05:00+02:00',
    url: 'https://aegeanwire.example/culture/minoan-harbour-heraklion',
  },
];

describe('readPage: the article a reader shows, from pages in the shapes real sites publish', () => {
  for (const shape of shapes) {
    describe(shape.name, () => {
      const page = readPage(shape.page, 'https://thessalonikitimes.example/news/index.html');

      it('keeps exactly the story paragraphs: no menu, byline, date, share, "Read more", ad or footer lines', () => {
        expect(page.paragraphs).toEqual(shape.paragraphs);
      });

      it('takes the headline without the site name around it', () => {
        expect(page.title).toBe(shape.title);
      });

      it('takes the author, the publication time and the canonical URL from the page', () => {
        expect(page.byline).toBe(shape.byline);
        expect(page.publishedAt).toBe(shape.publishedAt);
        expect(page.url).toBe(shape.url);
      });

      it('decodes every entity, named, decimal and hex', () => {
        for (const paragraph of page.paragraphs) expect(paragraph).not.toMatch(/&(?:#x?[0-9a-f]+|[a-z]+);/i);
      });
    });
  }

  it('decodes &middot;, &amp; and the hex quotation marks &#x201C;…&#x201D; into characters', () => {
    const { paragraphs } = readPage(wordpressPage);
    expect(paragraphs[1].startsWith('“We will not wait')).toBe(true);
    expect(paragraphs[2]).toContain('a day · a figure');
    expect(paragraphs[4]).toContain('Rhodes & Evia');
  });

  it('reads a fragment of paragraphs (no <html> or <body>) as the article', () => {
    const page = readPage('<p>First paragraph of the story.</p>\n<p>&#x201C;Second,&#x201D; she said.</p>');
    expect(page.paragraphs).toEqual(['First paragraph of the story.', '“Second,” she said.']);
  });
});

describe('looksLikeHtml', () => {
  it('tells a page or a fragment from plain text that mentions a tag', () => {
    expect(looksLikeHtml(wordpressPage)).toBe(true);
    expect(looksLikeHtml(ampPage)).toBe(true);
    expect(looksLikeHtml('\uFEFF<!-- saved page -->\n<html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>One.</p><p>Two.</p>')).toBe(true);
    expect(looksLikeHtml('Headline\n\nThe new <p> tag was discussed at length, she said.')).toBe(false);
  });
});

describe('stripSiteName', () => {
  it('drops a declared site name before or after the headline, whatever the separator', () => {
    expect(stripSiteName('Ferries resume | The Athens Herald', ['The Athens Herald'])).toBe('Ferries resume');
    expect(stripSiteName('The Athens Herald - Ferries resume', ['The Athens Herald'])).toBe('Ferries resume');
    expect(stripSiteName('Ferries resume – Aegean Wire', ['aegean wire'])).toBe('Ferries resume');
  });

  it('keeps a hyphen that is part of the headline when no site is named after it', () => {
    expect(stripSiteName('Greece - Turkey talks resume in Ankara', ['The Athens Herald'])).toBe(
      'Greece - Turkey talks resume in Ankara',
    );
  });
});

describe('articleInputFromPage: the page as the plain text the extractor reads', () => {
  it('passes plain text through untouched', () => {
    const input = { text: 'Headline here today\n\nBody text.' };
    expect(articleInputFromPage(input)).toBe(input);
  });

  it('keeps the hints a caller gave over what the page says', () => {
    const input = articleInputFromPage({ text: wordpressPage, title: 'Given title', url: 'https://given.example/a' });
    expect(input.title).toBe('Given title');
    expect(input.url).toBe('https://given.example/a');
    expect(input.publishedAt).toBe('2024-07-03T09:15:00+03:00');
  });

  it('finds the hex-entity quote with its speaker, and the dateline ATHENS is no organisation', () => {
    const input = articleInputFromPage({ text: wordpressPage });
    const extraction = extract(input.text, input);
    const quote = extraction.quotes.find((q) => q.text.startsWith('We will not wait'));
    expect(quote).toBeDefined();
    expect(quote?.speaker?.type).toBe('person');
    expect(extraction.people[quote!.speaker!.ref]?.name).toBe('Nikos Andreou');
    expect(extraction.article.dateline).toBe('ATHENS —');
    expect(extraction.article.byline).toBe('Eleni Markou');
    expect(extraction.organisations.map((o) => o.name.toUpperCase())).not.toContain('ATHENS');
  });
});

describe('ingestArticle with an HTML page (over HTTP, real database)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
  });
  afterAll(() => server.close());

  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article {
    id title url byline dateline publishedAt paragraphs
    quotes(first: 10) { edges { node { text speaker { ... on Person { name } } } } }
    organisations(first: 20) { edges { node { name } } }
  } } }`;

  it('stores the article the page shows, with its metadata, once', async () => {
    const first = await server.gql(ingest, { input: { text: wordpressPage } }, asAdmin);
    expect(first.body.errors).toBeUndefined();
    const { created, article } = first.body.data.ingestArticle;
    expect(created).toBe(true);
    expect(article.title).toBe('Greece unveils a new wildfire plan for the islands');
    expect(article.url).toBe('https://athensherald.example/2024/07/03/greece-wildfire-plan/');
    expect(article.publishedAt).toBe('2024-07-03T06:15:00.000Z');
    expect(article.byline).toBe('Eleni Markou');
    expect(article.dateline).toBe('ATHENS —');
    expect(article.paragraphs).toHaveLength(wordpressParagraphs.length);
    expect(article.paragraphs.join('\n')).not.toMatch(/Politics|Share this|Heatwave|All rights reserved|Comments/);
    const quotes = article.quotes.edges.map((e: any) => [e.node.text, e.node.speaker?.name]);
    expect(quotes).toContainEqual([
      'We will not wait for the fire to reach the village before we move,',
      'Nikos Andreou',
    ]);
    const organisations = article.organisations.edges.map((e: any) => e.node.name.toUpperCase());
    expect(organisations).not.toContain('ATHENS');

    const again = await server.gql(ingest, { input: { text: wordpressPage } }, asAdmin);
    expect(again.body.data.ingestArticle.created).toBe(false);
    expect(again.body.data.ingestArticle.article.id).toBe(article.id);
  });

  it('refuses a page with no article text as BAD_USER_INPUT, storing nothing', async () => {
    const before = await server.gql('{ articles(first: 1) { totalCount } }');
    const refused = await server.gql(
      ingest,
      { input: { text: '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>' } },
      asAdmin,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await server.gql('{ articles(first: 1) { totalCount } }');
    expect(after.body.data.articles.totalCount).toBe(before.body.data.articles.totalCount);
  });
});
