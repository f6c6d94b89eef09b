import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, type ExtractedQuote, type SpeakerCandidate } from '../../src/extract/index.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import { storeArticles, type ExtractedArticle } from '../../src/ingest/store.js';
import { SPEAKER_THRESHOLD } from '../../src/extract/speakers/candidates.js';
import { encodeId, rowIdOf } from '../../src/schema/ids.js';
import { countStatements } from '../../bench/count-statements.js';
import { asAdmin, dataOf, startTestServer, type TestServer } from '../helpers/server.js';
import { asEditor, EDITORS, setSpeakerMutation } from '../corrections/helpers.js';

// Written for this test. Over the bundled samples too, so that the pages below are full of candidates.
const ferryText = `Harbour council approves a new ferry timetable

The city council on Tuesday approved a new ferry timetable for the harbour crossing.

"This will cut waiting times in half," council leader Maria Lopez told reporters after the vote.

"We listened to every commuter before we changed a single departure," said Tomas Berg, the transport director.

"The night boats will run every hour from March," Lopez said.`;

let api: TestServer;
let data: ReturnType<typeof dataOf>;
beforeAll(async () => {
  api = await startTestServer({
    env: {
      EDITOR_TOKENS: Object.entries(EDITORS)
        .map(([name, token]) => `${name}:${token}`)
        .join(','),
      QUIET: 'true',
    },
  });
  data = dataOf(api);
});
afterAll(() => api.close());

const candidateFields = `speakerCandidates { speaker { __typename ... on Person { id name } ... on Organisation { id name } }
  speakerText confidence rule }`;
const quoteFields = `id text speakerConfidence speakerWithheld speakerText
  speaker { ... on Person { id name } ... on Organisation { id name } } ${candidateFields}`;

async function quotesOf(articleId: string) {
  const body = await data(
    `query($a: ID!) { quotes(first: 100, where: { article: $a }) { edges { node { ${quoteFields} } } } }`,
    { a: articleId },
  );
  return (body.quotes.edges as { node: any }[]).map((e) => e.node).reverse();
}

async function candidateRows() {
  return api.db.all<{ n: number }>(sql`select count(*) as n from speaker_candidates`).then(([r]) => Number(r.n));
}

// A candidate is read through SQLite's JSON (the quote's relation), which prints 15 significant digits.
const rounded = (confidence: number) => Number(confidence.toPrecision(12));

/** An extraction's candidates as the API names them: the person's or organisation's extracted name. */
function namedCandidates(extraction: ExtractedArticle['extraction'], quote: ExtractedQuote) {
  const nameOf = (c: SpeakerCandidate) =>
    c.speaker.type === 'person' ? extraction.people[c.speaker.ref].name : extraction.organisations[c.speaker.ref].name;
  return (quote.speakerCandidates ?? []).map((c) => ({
    name: nameOf(c),
    speakerText: c.speakerText,
    confidence: rounded(c.confidence),
    rule: c.rule,
  }));
}

const servedCandidates = (quote: any) =>
  quote.speakerCandidates.map((c: any) => ({
    name: c.speaker.name,
    speakerText: c.speakerText,
    confidence: rounded(c.confidence),
    rule: c.rule,
  }));

/**
 * The ferry article with a hand-made speakers stage: its first quote withheld, with three candidates
 * best first (in an order that is neither the people's order in the article nor alphabetical).
 */
async function storeWithheldFerryArticle(title: string, director = 'Tomas Berg') {
  const text = ferryText.replace('Harbour council approves', title).replace('Tomas Berg', director);
  const prepared = await prepareArticle({ text });
  const { extraction } = prepared;
  const person = (name: string) => extraction.people.findIndex((p) => p.name === name);
  const lopez = person('Maria Lopez');
  const berg = person(director);
  expect(lopez).toBeGreaterThanOrEqual(0);
  expect(berg).toBeGreaterThanOrEqual(0);
  const council = extraction.organisations.findIndex((o) => /council/i.test(o.name));
  const [first, ...rest] = extraction.quotes;
  const withheld: ExtractedQuote = {
    ...first,
    speaker: null,
    speakerText: null,
    speakerConfidence: 0.3,
    speakerWithheld: true,
    speakerCandidates: [
      { speaker: { type: 'person', ref: berg }, speakerText: director, confidence: 0.41, rule: 'test-nearest' },
      ...(council >= 0
        ? [
            {
              speaker: { type: 'organisation' as const, ref: council },
              speakerText: 'The city council',
              confidence: 0.33,
              rule: 'test-subject',
            },
          ]
        : []),
      { speaker: { type: 'person', ref: lopez }, speakerText: 'Maria Lopez', confidence: 0.2, rule: 'test-cue' },
    ],
  };
  const item = { ...prepared, extraction: { ...extraction, quotes: [withheld, ...rest] } };
  const [stored] = await storeArticles(api.db, [item]);
  expect(stored.created).toBe(true);
  return {
    articleId: encodeId('Article', stored.articleId),
    item,
    expected: namedCandidates(item.extraction, withheld),
  };
}

describe('Quote.speakerCandidates', () => {
  it('serves each ingested quote the candidates its extraction proposed, the speaker first', async () => {
    const ingested = await data(
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { id } } }',
      { i: { text: ferryText } },
      asAdmin,
    );
    const quotes = await quotesOf(ingested.ingestArticle.article.id);
    const extraction = extract(ferryText, { title: null, source: null, url: null, publishedAt: null });
    expect(quotes.map((q) => q.text)).toEqual(extraction.quotes.map((q) => q.text));
    expect(quotes.filter((q) => q.speaker).length).toBeGreaterThanOrEqual(2);
    quotes.forEach((quote, i) => {
      expect(servedCandidates(quote)).toEqual(namedCandidates(extraction, extraction.quotes[i]));
      expect(quote.speakerWithheld).toBe(extraction.quotes[i].speakerWithheld ?? false);
      if (quote.speaker) {
        expect(quote.speakerCandidates[0].speaker.id).toBe(quote.speaker.id);
        expect(quote.speakerCandidates[0].confidence).toBeGreaterThanOrEqual(SPEAKER_THRESHOLD);
      }
    });
  });

  it('refer to one new person from every article of an ingestArticles batch that names them', async () => {
    const text = (n: number) =>
      `Ferry pier number ${n} reopens\n\n"Pier ${n} is open for the summer again," harbour master Ingrid Solberg said.`;
    const ingested = await data(
      'mutation($i: [IngestArticleInput!]!) { ingestArticles(inputs: $i) { created article { id } } }',
      { i: [{ text: text(1) }, { text: text(2) }] },
      asAdmin,
    );
    const candidates = [];
    for (const { article } of ingested.ingestArticles)
      candidates.push(...(await quotesOf(article.id)).flatMap((q) => q.speakerCandidates));
    expect(candidates).toHaveLength(2);
    expect(candidates.map((c) => c.speaker.name)).toEqual(['Ingrid Solberg', 'Ingrid Solberg']);
    expect(candidates[1].speaker.id).toBe(candidates[0].speaker.id);
  });

  it('serves a withheld quote with a null speaker and its candidates best first', async () => {
    const { articleId, expected, item } = await storeWithheldFerryArticle('Withheld ferry guess');
    const [withheld, ...others] = await quotesOf(articleId);
    expect(withheld.speaker).toBeNull();
    expect(withheld.speakerWithheld).toBe(true);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(servedCandidates(withheld)).toEqual(expected);
    expect(withheld.speakerCandidates.map((c: any) => c.confidence)).toEqual(
      [...expected.map((c) => c.confidence)].sort((a, b) => b - a),
    );
    expect(others.map((q) => q.speakerWithheld)).toEqual(
      item.extraction.quotes.slice(1).map((q) => q.speakerWithheld ?? false),
    );
  });

  it('keeps the best three of a longer list (what the cost of the field counts on)', async () => {
    const prepared = await prepareArticle({ text: ferryText.replace('Harbour council approves', 'Four guesses') });
    const people = prepared.extraction.people.map((_, ref) => ({ type: 'person' as const, ref }));
    expect(people.length).toBeGreaterThanOrEqual(2);
    const confidences = [0.4, 0.3, 0.2, 0.1];
    const [first, ...rest] = prepared.extraction.quotes;
    const quote: ExtractedQuote = {
      ...first,
      speaker: null,
      speakerWithheld: true,
      speakerCandidates: confidences.map((confidence, i) => ({
        speaker: people[i % people.length],
        speakerText: null,
        confidence,
        rule: `test-${i}`,
      })),
    };
    const [stored] = await storeArticles(api.db, [
      { ...prepared, extraction: { ...prepared.extraction, quotes: [quote, ...rest] } },
    ]);
    const [served] = await quotesOf(encodeId('Article', stored.articleId));
    expect(served.speakerCandidates.map((c: any) => c.rule)).toEqual(['test-0', 'test-1', 'test-2']);
  });

  it('filters by speakerWithheld, and a withheld guess is no speaker for `speaker` filters', async () => {
    const { articleId } = await storeWithheldFerryArticle('Filtered ferry guess');
    const quotes = await quotesOf(articleId);
    const [withheld] = quotes;
    const guess = withheld.speakerCandidates[0].speaker.id;
    const held = quotes.filter((q) => q.speakerWithheld).map((q) => q.id);
    expect(held).toContain(withheld.id);
    const page = await data(
      `query($a: ID!, $s: ID!) {
        held: quotes(first: 100, where: { article: $a, speakerWithheld: true }) { totalCount edges { node { id } } }
        shown: quotes(first: 100, where: { article: $a, speakerWithheld: false }) { totalCount edges { node { id speakerWithheld } } }
        all: quotes(first: 100, where: { article: $a }) { totalCount }
        bySpeaker: quotes(first: 100, where: { speaker: $s }) { edges { node { id } } } }`,
      { a: articleId, s: guess },
    );
    expect(page.held.edges.map((e: any) => e.node.id).sort()).toEqual(held.sort());
    expect(page.held.totalCount).toBe(held.length);
    expect(page.shown.totalCount).toBe(page.all.totalCount - held.length);
    expect(page.shown.edges.every((e: any) => !e.node.speakerWithheld)).toBe(true);
    expect(page.bySpeaker.edges.map((e: any) => e.node.id)).not.toContain(withheld.id);
  });

  it('are removed with their article: deleteArticle leaves no candidate rows behind', async () => {
    const { articleId, item } = await storeWithheldFerryArticle('Deleted ferry guess');
    const stored = item.extraction.quotes.reduce((n, q) => n + (q.speakerCandidates?.length ?? 0), 0);
    const before = await candidateRows();
    expect(stored).toBeGreaterThan(2);
    await data('mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }', { id: articleId }, asAdmin);
    expect(await candidateRows()).toBe(before - stored);
    const [orphans] = await api.db.all<{ n: number }>(
      sql`select count(*) as n from speaker_candidates where quote_id not in (select id from quotes)`,
    );
    expect(Number(orphans.n)).toBe(0);
  });

  it('are rewritten by re-extraction to what the extractor proposes now, on the same quote IDs', async () => {
    const { articleId, item } = await storeWithheldFerryArticle('Re-extracted ferry guess');
    const before = await quotesOf(articleId);
    const total = await data('mutation { reextractArticles(first: 100) { count hasNextPage } }', undefined, asAdmin);
    expect(total.reextractArticles.hasNextPage).toBe(false);
    const after = await quotesOf(articleId);
    const now = extract(item.text, item.hints);
    expect(after.map((q) => q.id)).toEqual(before.map((q) => q.id));
    after.forEach((quote, i) => {
      expect(servedCandidates(quote)).toEqual(namedCandidates(now, now.quotes[i]));
      expect(quote.speakerWithheld).toBe(now.quotes[i].speakerWithheld ?? false);
    });
    expect(servedCandidates(after[0])).not.toEqual(servedCandidates(before[0]));
    const [rows] = await api.db.all<{ n: number }>(
      sql`select count(*) as n from speaker_candidates c join quotes q on q.id = c.quote_id where q.article_id = ${rowIdOf(articleId, 'Article')}`,
    );
    expect(Number(rows.n)).toBe(now.quotes.reduce((n, q) => n + (q.speakerCandidates?.length ?? 0), 0));
  });
});

const reextractAll = () => data('mutation { reextractArticles(first: 100) { count } }', undefined, asAdmin);

describe("an editor's speaker correction", () => {
  it('wins over a withheld guess, leaves the candidates as the extractor proposed them, and survives re-extraction', async () => {
    const { articleId, expected } = await storeWithheldFerryArticle('Corrected ferry guess');
    const [withheld] = await quotesOf(articleId);
    const editorsChoice = withheld.speakerCandidates[1].speaker;
    const { body } = await api.gql(
      setSpeakerMutation,
      { input: { quote: withheld.id, speaker: editorsChoice.id, reason: 'The recording has them saying it.' } },
      asEditor('alice'),
    );
    expect(body.errors).toBeUndefined();
    const [corrected] = await quotesOf(articleId);
    expect(corrected.speaker.id).toBe(editorsChoice.id);
    expect(corrected.speakerWithheld).toBe(false);
    expect(corrected.speakerConfidence).toBe(1);
    expect(servedCandidates(corrected)).toEqual(expected);

    await reextractAll();
    const [kept] = await quotesOf(articleId);
    expect(kept.id).toBe(withheld.id);
    expect(kept.speaker.id).toBe(editorsChoice.id);
    expect(kept.speakerWithheld).toBe(false);
    expect(kept.speakerConfidence).toBe(1);
  });

  it("clearing the speaker of a withheld quote is the editor's answer: not withheld, candidates kept", async () => {
    const { articleId, expected } = await storeWithheldFerryArticle('Cleared ferry guess');
    const [withheld] = await quotesOf(articleId);
    const { body } = await api.gql(
      setSpeakerMutation,
      { input: { quote: withheld.id, speaker: null, reason: 'Nobody in the piece said it.' } },
      asEditor('bob'),
    );
    expect(body.errors).toBeUndefined();
    const [cleared] = await quotesOf(articleId);
    expect(cleared.speaker).toBeNull();
    expect(cleared.speakerWithheld).toBe(false);
    expect(servedCandidates(cleared)).toEqual(expected);
  });

  it('merging a candidate into another person moves the candidate to the survivor', async () => {
    // Names of its own: the merge applies to every article that names the merged-away person.
    const { articleId } = await storeWithheldFerryArticle('Merged ferry guess', 'Anders Holm');
    const [withheld] = await quotesOf(articleId);
    const speakers = withheld.speakerCandidates.map((c: any) => c.speaker);
    const [from, into] = [speakers[0], speakers.at(-1)];
    expect(from.__typename).toBe('Person');
    expect(into.__typename).toBe('Person');
    const rowsBefore = await candidateRows();
    const { body } = await api.gql(
      'mutation($i: MergePeopleInput!) { mergePeople(input: $i) { person { id } } }',
      { i: { into: into.id, from: from.id, reason: 'One person under two names.' } },
      asEditor('alice'),
    );
    expect(body.errors).toBeUndefined();
    const [merged] = await quotesOf(articleId);
    expect(merged.speakerCandidates.map((c: any) => c.speaker.id)).toEqual(
      withheld.speakerCandidates.map((c: any) => (c.speaker.id === from.id ? into.id : c.speaker.id)),
    );
    expect(await candidateRows()).toBe(rowsBefore);
  });
});

describe('corrections that move or remove candidates', () => {
  it('splitting a candidate off in one article moves its candidates there to the other person', async () => {
    const { articleId } = await storeWithheldFerryArticle('Split ferry guess');
    const [withheld] = await quotesOf(articleId);
    const person = withheld.speakerCandidates[0].speaker;
    const split = await data(
      `mutation($i: SplitPersonInput!) { splitPerson(input: $i) { correction { after } } }`,
      { i: { person: person.id, articles: [articleId], name: 'Tomas Bergqvist', reason: 'Another man.' } },
      asEditor('alice'),
    );
    expect(split.splitPerson.correction.after).toBeDefined();
    const [after] = await quotesOf(articleId);
    expect(after.speakerCandidates[0].speaker.name).toBe('Tomas Bergqvist');
    expect(after.speakerCandidates[0].speaker.id).not.toBe(person.id);
    expect(after.speakerCandidates.slice(1)).toEqual(withheld.speakerCandidates.slice(1));
  });

  it('rejecting a quote removes its candidates', async () => {
    const { articleId } = await storeWithheldFerryArticle('Rejected ferry guess');
    const [withheld] = await quotesOf(articleId);
    const before = await candidateRows();
    await data(
      'mutation($i: RejectQuoteInput!) { rejectQuote(input: $i) { correction { id } } }',
      { i: { quote: withheld.id, reason: 'A slogan on a banner, not a quote.' } },
      asEditor('bob'),
    );
    expect(await candidateRows()).toBe(before - withheld.speakerCandidates.length);
  });
});

describe('loading speakerCandidates', () => {
  it("loads a page of 90 quotes with their candidates and the candidates' speakers in one statement, as a page of one", async () => {
    const counter = countStatements(api.db.$client);
    const page = (first: number) =>
      `{ quotes(first: ${first}) { edges { node { text speaker { ... on Person { name } }
        speakerCandidates { confidence rule speaker { ... on Person { name affiliations { role organisation { name } } }
          ... on Organisation { name acronym } } } } } } }`;
    const statementsFor = async (first: number) => {
      counter.reset();
      const body = await data(page(first));
      // The response cache reads the data generation now and then, whatever the query.
      const statements = counter.statements.filter((statement) => !/ from "meta" /.test(statement));
      return { count: statements.length, quotes: body.quotes.edges.map((e: any) => e.node) };
    };
    const one = await statementsFor(1);
    const hundred = await statementsFor(90);
    expect(hundred.quotes).toHaveLength(90);
    const candidates = hundred.quotes.flatMap((q: any) => q.speakerCandidates);
    expect(candidates.length).toBeGreaterThan(50);
    expect(candidates.some((c: any) => c.speaker.affiliations?.length > 0)).toBe(true);
    expect(hundred.count).toBe(one.count);
    expect(hundred.count).toBe(1);
  });

  it('costs its selection three times, its most candidates, not twenty', async () => {
    const { body } = await api.gql(
      '{ quotes(first: 10) { edges { node { speakerCandidates { confidence rule } } } } }',
    );
    expect(body.errors).toBeUndefined();
    // quotes 1 + 10 × (edges 1 + node 1 + speakerCandidates 1 + 3 × 2)
    expect(body.extensions.cost.requestedQueryCost).toBe(1 + 10 * (1 + 1 + 1 + 3 * 2));
  });
});
