import { describe, expect, it } from 'vitest';
import { findQuotes, scanMarks } from '../../src/extract/index.js';

const q = (...paras: string[]) => findQuotes(paras);
const texts = (...paras: string[]) => q(...paras).map((x) => `${x.kind}:${x.text}`);

describe('quotes: marks of every style', () => {
  it.each([
    ['“We will win,” she said.', 'We will win,'],
    ['"We will win," she said.', 'We will win,'],
    ['‘We will win,’ she said.', 'We will win,'],
    ['«We will win», she said.', 'We will win'],
    ['„We will win“, she said.', 'We will win'],
  ])('%s', (p, text) => {
    const r = q(p);
    expect(r).toHaveLength(1);
    expect(r[0].text).toBe(text);
    expect(r[0].kind).toBe('DIRECT');
  });
  it('treats apostrophes inside a single-quoted quote as apostrophes', () => {
    expect(q('‘It’s finished, the farm’s gone,’ he said.')[0].text).toBe('It’s finished, the farm’s gone,');
  });
  it('gives one quote per marked span when the cue splits a sentence', () => {
    expect(texts('“We are ready,” he said, “and we will go.”')).toEqual([
      'DIRECT:We are ready,',
      'DIRECT:and we will go.',
    ]);
  });
  it('keeps nested quotes inside the outer quote', () => {
    const r = q('“They promised a ‘housing revolution’ and gave us nothing,” she said.');
    expect(r).toHaveLength(1);
    expect(r[0].text).toContain('‘housing revolution’');
  });
  it('records offsets of the quoted text in its paragraph', () => {
    const p = 'Smith said: “Enough is enough.”';
    const r = q(p)[0];
    expect(p.slice(r.start, r.end)).toBe('Enough is enough.');
  });
});

describe('quotes: several paragraphs', () => {
  it('joins a quote that re-opens in the next paragraph', () => {
    const r = q(
      '“The first part of the statement goes here.',
      '“And the second part ends here,” said Easley, a professor.',
    );
    expect(r).toHaveLength(1);
    expect(r[0].text).toBe('The first part of the statement goes here.\nAnd the second part ends here,');
    expect(r[0].paragraph).toBe(0);
    expect(r[0].endParagraph).toBe(1);
  });
  it('runs an unclosed quote to the end of its paragraph when the next does not re-open', () => {
    const r = q('He said: “This never closes', 'Next paragraph is prose.');
    expect(r.map((x) => x.text)).toEqual(['This never closes']);
  });
  it('scans marks in linear order over many paragraphs', () => {
    const paras = Array.from({ length: 200 }, (_, i) => `“Line ${i} is quoted here,” he said.`);
    expect(scanMarks(paras)).toHaveLength(200);
  });
});

describe('quotes: direct, partial, scare quotes', () => {
  it('classifies a phrase inside reported speech as PARTIAL', () => {
    expect(texts('Peskov called the claim a lie and a “provocation.”')).toEqual(['PARTIAL:provocation.']);
    expect(texts('He said the alliance was not “hiding” its determination.')).toEqual(['PARTIAL:hiding']);
    expect(texts('She described the heat as a “historic heatwave” on Monday.')).toEqual(['PARTIAL:historic heatwave']);
  });
  it('classifies a quoted sentence after a colon or comma cue as DIRECT', () => {
    expect(texts('Austin said, “What exactly they are doing is still to be seen.”')).toEqual([
      'DIRECT:What exactly they are doing is still to be seen.',
    ]);
    expect(texts('The minister told reporters: “We will not back down.”')).toEqual(['DIRECT:We will not back down.']);
  });
  it('drops names and titles in quote marks', () => {
    expect(q('Analysts believe the elite "Storm Corps" was sent to Russia.')).toHaveLength(0);
    expect(q('Her film "The Quiet Harbour" opens on Friday.')).toHaveLength(0);
  });
  it('drops short scare quotes with no speech verb', () => {
    expect(q('The so-called "peace plan" was shelved.')).toHaveLength(0);
    expect(q('Officials marked the "second birthday" of the scheme.')).toHaveLength(0);
  });
});

describe('quotes: reported speech without marks', () => {
  it('finds "X said (that) C"', () => {
    expect(texts('Lawmaker Lee said that Russia is recruiting interpreters.')).toEqual([
      'INDIRECT:Russia is recruiting interpreters',
    ]);
    expect(texts('Putin said it was up to Moscow how to run the clause.')).toEqual([
      'INDIRECT:it was up to Moscow how to run the clause',
    ]);
  });
  it('finds "C, X said" with trailing adverbials', () => {
    expect(
      texts('North Korea has sent 1,500 more soldiers to Russia, the spy agency told lawmakers Wednesday.'),
    ).toEqual(['INDIRECT:North Korea has sent 1,500 more soldiers to Russia']);
    expect(texts('The troops were trained on drones, South Korean lawmakers said on Wednesday.')).toEqual([
      'INDIRECT:The troops were trained on drones',
    ]);
  });
  it('finds "according to X, C" and "C, according to X"', () => {
    expect(texts('According to lawmaker Park, the agency believes more troops will follow.')).toEqual([
      'INDIRECT:the agency believes more troops will follow',
    ]);
    expect(texts('The nation earned $540 million last year, according to a think tank.')).toEqual([
      'INDIRECT:The nation earned $540 million last year',
    ]);
  });
  it('skips the object of "told" and time adverbials', () => {
    expect(texts('The NIS chief told lawmakers on Friday that the troops were being trained.')).toEqual([
      'INDIRECT:the troops were being trained',
    ]);
  });
  it('splits coordinated verbs into two quotes', () => {
    expect(
      texts('NHS England said it would protect urgent care, but warned that appointments would be moved.'),
    ).toEqual(['INDIRECT:it would protect urgent care', 'INDIRECT:appointments would be moved']);
  });
  it('keeps a nested report as one quote', () => {
    expect(texts('Lee said that the agency confirmed that the military was recruiting interpreters.')).toEqual([
      'INDIRECT:the agency confirmed that the military was recruiting interpreters',
    ]);
  });
  it('gives only the PARTIAL when reported speech contains quoted words', () => {
    expect(texts('Okafor said the president would sign it "as soon as it hits his desk."')).toEqual([
      'PARTIAL:as soon as it hits his desk.',
    ]);
  });
  it('ignores nouns, negations, passives and directives', () => {
    expect(q('Russia has dismissed reports of troop deployments.')).toHaveLength(0);
    expect(q('The ministry has not said whether it will respond.')).toHaveLength(0);
    expect(q('The soldiers were told to stay in their barracks.')).toHaveLength(0);
    expect(q('The union urged members to vote against the deal.')).toHaveLength(0);
    expect(q('They denied such reports.')).toHaveLength(0);
  });
});

describe('quotes: where a reported clause ends', () => {
  it.each([
    [
      'The police said 37 people had been arrested and that the roads had reopened by 4pm.',
      '37 people had been arrested and that the roads had reopened by 4pm',
    ],
    [
      'Natarajan said pay had fallen by a fifth since 2008, a figure the government disputes.',
      'pay had fallen by a fifth since 2008',
    ],
    [
      'The office said two people were unaccounted for and urged residents not to return.',
      'two people were unaccounted for',
    ],
    [
      'Castellanos said several distributors had made offers, though she would not name them.',
      'several distributors had made offers',
    ],
    ['Chen said winds were expected to ease, giving crews a chance to build lines.', 'winds were expected to ease'],
    ['Lindqvist said the team would review its strategy but defended the call.', 'the team would review its strategy'],
  ])('%s', (p, clause) => expect(texts(p)).toEqual([`INDIRECT:${clause}`]));
});

describe('quotes: objects and participles after a direct quote', () => {
  it('"told reporters the …" keeps the clause subject', () => {
    expect(texts('Economy Minister Ryosei Akazawa told reporters the government would compile a package.')).toEqual([
      'INDIRECT:the government would compile a package',
    ]);
  });
  it('", adding that …" after a direct quote is reported speech too', () => {
    expect(texts('"We are not in a recession," Akazawa said, adding that consumption remained solid.')).toEqual([
      'DIRECT:We are not in a recession,',
      'INDIRECT:consumption remained solid',
    ]);
  });
});
