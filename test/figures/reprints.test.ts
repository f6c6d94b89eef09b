import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/provenance/reprints.js';
import { startTestServer } from '../helpers/server.js';
import { deleteArticle, ingestAll } from './helpers.js';

const wire = [
  'Floods in northern Bangladesh have killed at least 38 people and forced more than 200,000 from their homes, the disaster management ministry said on Thursday.',
  'Rivers burst their banks after a week of heavy monsoon rain, submerging villages across Sylhet and Sunamganj districts, officials said.',
  '"The situation is getting worse by the hour," said relief official Karim Hossain, adding that rescue boats had been sent to cut-off areas.',
  'The meteorological department forecast more rain over the coming days, warning that water levels could rise further before the weekend.',
];
const original = {
  text: `Bangladesh floods kill 38\n\nDHAKA (AFP) - ${wire.join('\n\n')}`,
  publishedAt: '2024-06-20T08:00:00Z',
};
const reprint = {
  text: `Floods kill 38 in north\n\nDHAKA, June 20, 2024 (BSS/AFP) - ${wire.join('\n\n')}\n\nThe government has opened emergency shelters in schools.`,
  publishedAt: '2024-06-20T11:30:00Z',
};
const other = {
  text: `Storm hits coast\n\nCHITTAGONG (AP) - A cyclone struck the coast on Friday, killing 12 people and damaging 3,000 homes, officials said. Fishermen were told to stay in port as the storm moved inland over the weekend, weather officials said on Friday evening.`,
  publishedAt: '2024-06-21T08:00:00Z',
};

describe('reprints', () => {
  it('samples an article’s text so that a republished copy shares most of it and another story almost none', () => {
    const a = new Set(fingerprintOf(original.text.split('\n\n')));
    const b = fingerprintOf(reprint.text.split('\n\n'));
    const c = fingerprintOf(other.text.split('\n\n'));
    expect(b.filter((h) => a.has(h)).length).toBeGreaterThanOrEqual(b.length / 2);
    expect(c.filter((h) => a.has(h)).length).toBeLessThan(4);
    expect(fingerprintOf(['Too short to tell.'])).toEqual([]);
  });

  it.each([
    ['the original first', [original, reprint, other]],
    ['the reprint first', [reprint, other, original]],
  ])('links the later copy to the earlier, with %s, and counts its figures once', async (_label, order) => {
    const api = await startTestServer({ seed: false });
    try {
      await ingestAll(api, order);
      const { body } = await api.gql(`{ articles(orderBy: OLDEST) { edges { node { id publishedAt
        reprintOf { id } reprints { id } } } }
        figures(where: { search: "killed" }) { edges { node { subject articleCount claimCount } } } }`);
      const [first, copy, storm] = body.data.articles.edges.map((e: any) => e.node);
      expect(first.reprintOf).toBeNull();
      expect(first.reprints).toEqual([{ id: copy.id }]);
      expect(copy.reprintOf).toEqual({ id: first.id });
      expect(storm.reprintOf).toBeNull();
      expect(storm.reprints).toEqual([]);
      const floods = body.data.figures.edges
        .map((e: any) => e.node)
        .find((f: any) => f.subject === 'Bangladesh: people killed');
      expect(floods).toMatchObject({ articleCount: 1, claimCount: 2 });

      await deleteArticle(api, first.id);
      const { body: after } = await api.gql(`{ articles { edges { node { reprintOf { id } reprints { id } } } }
        figures(where: { search: "killed" }) { edges { node { subject articleCount claimCount } } } }`);
      for (const { node } of after.data.articles.edges) expect(node).toEqual({ reprintOf: null, reprints: [] });
      const left = after.data.figures.edges
        .map((e: any) => e.node)
        .find((f: any) => f.subject === 'Bangladesh: people killed');
      expect(left).toMatchObject({ articleCount: 1, claimCount: 1 });
    } finally {
      await api.close();
    }
  });
});
