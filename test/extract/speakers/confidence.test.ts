import { describe, expect, it } from 'vitest';
import { extract, type ExtractedQuote } from '../../../src/extract/index.js';
import { confidenceFeatures, speakerConfidence, speakerTextKind } from '../../../src/extract/speakers/confidence.js';
import { findQuote } from '../helpers.js';

const ARTICLE = [
  'Harbour Notes',
  'The harbour board met on Tuesday to discuss the new ferry timetable.',
  '“We will add two sailings every weekday,” said Marta Keelson, the board’s chair.',
  'She said the change would start in March.',
  '“Nobody should wait an hour for a boat,” she added.',
  'Residents have complained for years about the gaps between sailings.',
].join('\n\n');

const base: ExtractedQuote = {
  text: 'We will add two sailings every weekday',
  kind: 'DIRECT',
  cue: 'said',
  speaker: { type: 'person', ref: 0 },
  speakerText: 'Marta Keelson',
  paragraph: 2,
  start: 1,
  end: 40,
  endParagraph: 2,
  speakerRule: 'cue-after-quote',
  evidence: { cue: { paragraph: 2, start: 42, end: 46 }, sentence: { paragraph: 2, start: 0, end: 80 } },
  // as the ranker leaves it: the rules' pick as the best candidate
  speakerCandidates: [
    { speaker: { type: 'person', ref: 0 }, speakerText: 'Marta Keelson', confidence: 0.95, rule: 'cue-after-quote' },
  ],
};

describe('speakerConfidence', () => {
  it('is a probability strictly between 0 and 1, whatever the weights', () => {
    for (const scale of [-1000, -1, 0, 1, 1000]) {
      const weights = Object.fromEntries(Object.keys(confidenceFeatures(base)).map((n) => [n, scale]));
      const p = speakerConfidence(base, { weights });
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(Number.isNaN(p)).toBe(false);
    }
    expect(speakerConfidence(base, { weights: {} })).toBe(0.5);
  });

  it('gives the same number for the same quote every time', () => {
    const a = extract(ARTICLE).quotes.map((q) => q.speakerConfidence);
    const b = extract(ARTICLE).quotes.map((q) => q.speakerConfidence);
    expect(a).toEqual(b);
    expect(a.every((p) => typeof p === 'number')).toBe(true);
  });

  it('trusts a named speaker with its own speech verb more than no speaker at all', () => {
    const none: ExtractedQuote = {
      ...base,
      speaker: null,
      speakerText: null,
      cue: null,
      speakerRule: undefined,
      evidence: undefined,
    };
    expect(speakerConfidence(base)).toBeGreaterThan(0.9);
    expect(speakerConfidence(none)).toBeLessThan(speakerConfidence(base));
  });

  it('trusts a speaker less the further away the sentence naming it stands', () => {
    const at = (paragraph: number): ExtractedQuote => ({
      ...base,
      evidence: { cue: null, sentence: { paragraph, start: 0, end: 10 } },
    });
    expect(speakerConfidence(at(1))).toBeLessThan(speakerConfidence(at(2)));
    expect(speakerConfidence(at(0))).toBeLessThan(speakerConfidence(at(1)));
  });

  it('trusts a whole quote more than a partial one with the same attribution', () => {
    expect(speakerConfidence({ ...base, kind: 'PARTIAL' })).toBeLessThan(speakerConfidence(base));
  });

  it('puts a confidence on every extracted quote, high for a quote with “said Name” after it', () => {
    const x = extract(ARTICLE);
    const q = findQuote(x, 'two sailings');
    expect(q?.speakerConfidence).toBeGreaterThan(0.9);
    for (const quote of x.quotes) expect(quote.speakerConfidence).toBeGreaterThan(0);
  });
});

describe('speakerTextKind', () => {
  it('tells a pronoun, a full name and a surname apart', () => {
    expect(speakerTextKind('she')).toBe('pronoun');
    expect(speakerTextKind('Marta Keelson')).toBe('fullname');
    expect(speakerTextKind('Keelson')).toBe('surname');
    expect(speakerTextKind('the board’s chair')).toBe('other');
    expect(speakerTextKind(null)).toBe('none');
  });
});

describe('evidence', () => {
  it('points at the cue and the sentence that names the speaker', () => {
    const x = extract(ARTICLE);
    const q = findQuote(x, 'two sailings');
    const ev = q?.evidence;
    expect(ev?.cue).toBeTruthy();
    const p = x.article.paragraphs[ev?.cue?.paragraph ?? -1];
    expect(p.slice(ev?.cue?.start, ev?.cue?.end)).toBe('said');
    const s = x.article.paragraphs[ev?.sentence.paragraph ?? -1].slice(ev?.sentence.start, ev?.sentence.end);
    expect(s).toContain('Marta Keelson');
  });

  it('spans both words of “according to” and the verb of reported speech', () => {
    const text = [
      'Harbour Notes',
      'The new timetable will start in March, according to Marta Keelson, the board’s chair.',
      'Tomas Reyn, a ferry captain, said that the crews had not been asked.',
    ].join('\n\n');
    const x = extract(text);
    const cues = x.quotes
      .filter((q) => q.evidence?.cue)
      .map((q) => {
        const c = q.evidence?.cue;
        return c ? x.article.paragraphs[c.paragraph].slice(c.start, c.end) : null;
      });
    expect(cues).toEqual(expect.arrayContaining(['according to', 'said']));
  });

  it('keeps the evidence of the quote a continuation continues', () => {
    const text = [
      'Harbour Notes',
      '“We will add two sailings every weekday,” said Marta Keelson, the board’s chair.',
      '“The boats are ready.”',
    ].join('\n\n');
    const x = extract(text);
    const first = findQuote(x, 'two sailings');
    const next = findQuote(x, 'boats are ready');
    expect(next?.speakerRule).toBe('continues-previous-speaker');
    expect(next?.evidence).toEqual(first?.evidence);
  });
});
