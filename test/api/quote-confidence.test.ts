import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { asEditor, samplePeople, setSpeakerMutation, startEditingServer } from '../corrections/helpers.js';

// Over the bundled samples.
let api: TestServer;
beforeAll(async () => {
  api = await startEditingServer();
});
afterAll(() => api.close());

const quotesQuery = `query($where: QuoteFilter) { quotes(first: 100, where: $where) { totalCount edges { node {
  id text speakerConfidence speaker { ... on Person { id } ... on Organisation { id } }
  evidence { cue cueStart cueEnd sentence } article { body } } } } }`;

async function quotes(where?: object) {
  const { body } = await api.gql(quotesQuery, { where });
  expect(body.errors).toBeUndefined();
  return { total: body.data.quotes.totalCount as number, nodes: body.data.quotes.edges.map((e: any) => e.node) };
}

describe('Quote.speakerConfidence and Quote.evidence', () => {
  it('give every quote a probability and a cue whose offsets slice the body to the cue', async () => {
    const { nodes } = await quotes();
    expect(nodes.length).toBeGreaterThan(50);
    for (const q of nodes) {
      expect(q.speakerConfidence).toBeGreaterThanOrEqual(0);
      expect(q.speakerConfidence).toBeLessThanOrEqual(1);
    }
    const withCue = nodes.filter((q: any) => q.evidence?.cue);
    expect(withCue.length).toBeGreaterThan(nodes.length / 2);
    for (const q of withCue) {
      const { cue, cueStart, cueEnd, sentence } = q.evidence;
      expect(q.article.body.slice(cueStart, cueEnd)).toBe(cue);
      expect(q.article.body).toContain(sentence);
      expect(sentence).toContain(cue);
    }
    expect(withCue.map((q: any) => q.evidence.cue.toLowerCase())).toContain('said');
  });

  it('give a named speaker with its own cue a higher confidence than a quote nobody is named for', async () => {
    const { nodes } = await quotes();
    const cued = nodes.filter((q: any) => q.speaker && q.evidence?.cue);
    const unnamed = nodes.filter((q: any) => !q.speaker);
    const mean = (xs: any[]) => xs.reduce((s, q) => s + q.speakerConfidence, 0) / xs.length;
    expect(cued.length).toBeGreaterThan(0);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(mean(cued)).toBeGreaterThan(mean(unnamed));
  });
});

describe('quotes(where: { minSpeakerConfidence })', () => {
  it('keeps exactly the quotes at or above the threshold', async () => {
    const all = await quotes();
    const high = await quotes({ minSpeakerConfidence: 0.9 });
    const expected = all.nodes.filter((q: any) => q.speakerConfidence >= 0.9).map((q: any) => q.id);
    expect(high.nodes.map((q: any) => q.id)).toEqual(expected);
    expect(high.total).toBe(expected.length);
    expect(high.total).toBeLessThan(all.total);
    expect(high.total).toBeGreaterThan(0);
  });

  it('rejects a threshold outside 0–1 with BAD_USER_INPUT', async () => {
    for (const minSpeakerConfidence of [1.5, -0.1]) {
      const { body } = await api.gql(quotesQuery, { where: { minSpeakerConfidence } });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('an editor setting the speaker', () => {
  it('makes the speaker certain', async () => {
    const { nodes } = await quotes();
    const quote = nodes.find((q: any) => q.speakerConfidence < 1 && q.speaker);
    const other = (await samplePeople(api)).find((p) => p.id !== quote.speaker.id)!;
    const { body } = await api.gql(
      setSpeakerMutation,
      { input: { quote: quote.id, speaker: other.id, reason: 'The recording has them saying it.' } },
      asEditor('alice'),
    );
    expect(body.errors).toBeUndefined();
    const after = await api.gql('query($id: ID!) { node(id: $id) { ... on Quote { speakerConfidence } } }', {
      id: quote.id,
    });
    expect(after.body.data.node.speakerConfidence).toBe(1);
  });
});
