import { describe, expect, it } from 'vitest';
import { type Example, fitWeights } from '../../../scripts/eval/confidence-fit.js';
import { extract, ruleAttribution } from '../../../src/extract/index.js';
import { segment } from '../../../src/extract/segment/index.js';
import {
  proposeCandidates,
  SPEAKER_THRESHOLD,
  UNATTRIBUTED_SPEAKER_THRESHOLD,
  UNNAMED_SUBJECT_THRESHOLD,
} from '../../../src/extract/speakers/candidates.js';
import { chooseSpeaker, rankCandidates } from '../../../src/extract/speakers/ranker.js';

const logit = (p: number) => Math.log(p / (1 - p));

/** The rules' quotes of a text with their candidates, each candidate by name and generators. */
function candidatesOf(text: string) {
  const { doc, found, quotes } = ruleAttribution(segment(text));
  const all = proposeCandidates(doc, found, quotes);
  const name = (c: (typeof all)[number][number]) =>
    c.speaker.type === 'person' ? found.people[c.speaker.ref].name : found.organisations[c.speaker.ref].name;
  return quotes.map((q, i) => ({
    quote: q,
    raw: all[i],
    byName: new Map(all[i].map((c) => [name(c), c])),
  }));
}

describe('speaker candidates', () => {
  it('proposes the name after the quote in its sentence, next to a speech verb, as the rules pick it', () => {
    const [q] = candidatesOf(
      'The council met on Monday to vote on the harbour plan.\n\n“We will build the bridge this year,” Ana Ruiz told reporters after the vote.',
    );
    const c = q.byName.get('Ana Ruiz');
    expect(c?.rulePick).toBe(true);
    expect([...(c?.generators ?? [])]).toEqual(expect.arrayContaining(['sentence-after', 'speech-verb']));
    expect(c?.after).toBe(true);
  });

  it('proposes the first name of the sentence after a quote the rules leave unattributed', () => {
    const [q] = candidatesOf(
      'The pier closed in June.\n\n“Nobody told us anything about the repairs.” Helen Marsh has run the kiosk at the pier for twenty years.',
    );
    expect(q.quote.speaker).toBeNull();
    expect([...(q.byName.get('Helen Marsh')?.generators ?? [])]).toContain('next-sentence');
  });

  it('proposes the previous quote’s speaker for an uncued quote and the name before a quote in its paragraph', () => {
    const qs = candidatesOf(
      [
        '“The bridge will open in May,” said Ana Ruiz, the mayor.',
        'Critics of the plan point to the cost.',
        'Tom Hale, a farmer, was blunt. “It is money thrown into the sea.”',
      ].join('\n\n'),
    );
    const last = qs.at(-1);
    expect([...(last?.byName.get('Tom Hale')?.generators ?? [])]).toContain('paragraph-before');
    expect([...(last?.byName.get('Ana Ruiz')?.generators ?? [])]).toContain('previous-speaker');
  });

  it('marks a name joined by "and" as coordinated, and not one after ", and"', () => {
    const [joint] = candidatesOf('Maria Lindgren and Tomas Ek told reporters the merger would go ahead.');
    expect(joint.byName.get('Tomas Ek')?.coordinated).toBe(true);
    const [single] = candidatesOf('The vote was delayed, and Maria Lindgren said the merger would wait.');
    expect(single.byName.get('Maria Lindgren')?.coordinated).toBe(false);
  });

  it('never proposes a name for where it stands inside the quote', () => {
    const [q] = candidatesOf('“I spoke to Maria Lindgren on Friday and she agreed,” said Tom Hale.');
    const inside = q.byName.get('Maria Lindgren');
    for (const g of inside?.generators ?? []) expect(g).toBe('article-topic');
    expect(q.byName.get('Tom Hale')?.rulePick).toBe(true);
  });
});

describe('speaker ranker', () => {
  const text = [
    'The harbour board met on Tuesday to discuss the ferry timetable.',
    '“We will add two sailings every weekday,” said Marta Keelson, the board’s chair.',
    'Residents have complained for years. “Nobody should wait an hour for a boat,” Keelson added, as Oskar Brandt nodded.',
  ].join('\n\n');

  it('gives at most three candidates, best first, and the best as speaker', () => {
    for (const q of extract(text).quotes) {
      const cs = q.speakerCandidates ?? [];
      expect(cs.length).toBeLessThanOrEqual(3);
      for (let i = 1; i < cs.length; i++) expect(cs[i - 1].confidence).toBeGreaterThanOrEqual(cs[i].confidence);
      if (q.speaker) expect(cs[0].speaker).toEqual(q.speaker);
    }
  });

  it('withholds the best candidate below the threshold, keeping the candidates', () => {
    const [q] = candidatesOf(text);
    const doubtful = chooseSpeaker(q.quote, q.raw, { weights: { bias: -5, 'nobody:bias': -10 } });
    expect(doubtful.speaker).toBeNull();
    expect(doubtful.speakerWithheld).toBe(true);
    expect(doubtful.speakerCandidates?.[0].confidence).toBeLessThan(SPEAKER_THRESHOLD);
    expect(doubtful.speakerCandidates?.length).toBeGreaterThan(0);
    const sure = chooseSpeaker(q.quote, q.raw, { weights: { bias: 5, 'nobody:bias': -10 } });
    expect(sure.speaker).toEqual(sure.speakerCandidates?.[0].speaker);
    expect(sure.speakerWithheld).toBeUndefined();
  });

  it('needs more for a quote no rule attributed: position alone is weaker evidence', () => {
    const [q] = candidatesOf('The Harbor Trust crews are also being provided with “training on the new docks.”');
    expect(q.quote.speakerRule).toBeUndefined();
    // a probability between the two thresholds: given for an attributed quote, withheld for this one
    const between = logit((SPEAKER_THRESHOLD + UNATTRIBUTED_SPEAKER_THRESHOLD) / 2);
    const chosen = chooseSpeaker(q.quote, q.raw, { weights: { bias: between, 'nobody:bias': -10 } });
    expect(chosen.speaker).toBeNull();
    expect(chosen.speakerWithheld).toBe(true);
    const named = { ...q.quote, speaker: q.raw[0].speaker, speakerRule: 'subject-of-sentence' as const };
    const attributed = chooseSpeaker(named, q.raw, {
      weights: { bias: between, 'nobody:bias': -10 },
    });
    expect(attributed.speaker).toEqual(attributed.speakerCandidates?.[0].speaker);
  });

  it('needs nearly even odds to overrule the rules’ reading of an unnamed subject', () => {
    const [q] = candidatesOf('South Harbor media, citing the Harbor Trust, reported that the ferry would stop.');
    expect(q.quote.speaker).toBeNull();
    expect(q.quote.speakerRule).toBeDefined();
    const below = chooseSpeaker(q.quote, q.raw, {
      weights: { bias: logit(UNNAMED_SUBJECT_THRESHOLD - 0.02), 'nobody:bias': -10 },
    });
    expect(below.speaker).toBeNull();
    expect(below.speakerWithheld).toBe(true);
    const above = chooseSpeaker(q.quote, q.raw, {
      weights: { bias: logit(UNNAMED_SUBJECT_THRESHOLD + 0.02), 'nobody:bias': -10 },
    });
    expect(above.speaker).toEqual(above.speakerCandidates?.[0].speaker);
  });

  it('does not take a name after a verb that is not inverted as the verb’s speaker ("thanked X for")', () => {
    const [q] = candidatesOf('Dana Holt thanked Leo Marsh for “taking these steps to keep us safe.”');
    expect([...(q.byName.get('Leo Marsh')?.generators ?? [])]).not.toContain('speech-verb');
    const [inverted] = candidatesOf('“We will reopen,” said Leo Marsh.');
    expect([...(inverted.byName.get('Leo Marsh')?.generators ?? [])]).toContain('speech-verb');
  });

  it('never gives the name a relative clause hangs on for the clause’s own subject ("X, whose aide says")', () => {
    const [q] = extract('Omar Lind, whose aide says the vote was “a big deal,” left early.').quotes;
    expect(q.speaker).toBeNull();
    expect(q.speakerCandidates?.length).toBeGreaterThan(0);
  });

  it('prefers the rules’ pick between candidates of equal probability', () => {
    const [q] = candidatesOf(text);
    const ranked = rankCandidates(q.quote, q.raw, { weights: {} });
    expect(ranked[0].candidate.rulePick).toBe(true);
  });

  it('keeps the rules’ "nobody" for a joint subject, but lists its names', () => {
    const [q] = extract('Maria Lindgren and Tomas Ek told reporters the merger would go ahead.').quotes;
    expect(q.speaker).toBeNull();
    expect(q.speakerCandidates?.length).toBeGreaterThan(0);
  });
});

describe('fitting the ranker', () => {
  // a tiny synthetic set: "near" usually marks the right candidate, "far" the wrong one
  const examples: Example[] = Array.from({ length: 40 }, (_, i) => {
    const near = i % 4 !== 0;
    return {
      x: { bias: 1, [near ? 'near' : 'far']: 1, [`odd:${i % 2}`]: 1 },
      y: (near ? i % 5 !== 0 : i % 7 === 0) ? 1 : 0,
    };
  });

  it('gives the same weights on every run', () => {
    expect(JSON.stringify(fitWeights(examples, 300))).toBe(JSON.stringify(fitWeights(examples, 300)));
  });

  it('does not depend on the order of features within an example', () => {
    const reversed = examples.map((e) => ({ ...e, x: Object.fromEntries(Object.entries(e.x).reverse()) }));
    expect(fitWeights(reversed, 300)).toEqual(fitWeights(examples, 300));
  });

  it('learns the direction of an informative feature', () => {
    const w = fitWeights(examples, 300);
    expect(w.near).toBeGreaterThan(w.far);
  });
});
