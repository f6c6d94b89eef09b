/** Quotation marks of every style, split and nested quotes, offsets, quotes over several paragraphs. */
import { describe, expect, it } from 'vitest';
import { kindsAndTexts as texts, quotesIn as q, scanMarks } from './find-quotes.js';

describe('quotes: marks of every style', () => {
  it.each([
    { from: 'constructed', paragraph: '“We will win,” she said.', text: 'We will win,' },
    { from: 'constructed', paragraph: '"We will win," she said.', text: 'We will win,' },
    { from: 'constructed', paragraph: '‘We will win,’ she said.', text: 'We will win,' },
    { from: 'constructed', paragraph: '«We will win», she said.', text: 'We will win' },
    { from: 'constructed', paragraph: '„We will win“, she said.', text: 'We will win' },
  ])('one DIRECT quote inside the marks of $paragraph ($from)', ({ paragraph, text }) => {
    const r = q(paragraph);
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
  // from: samples
  it('classifies a quoted sentence after a colon or comma cue as DIRECT', () => {
    expect(texts('Austin said, “What exactly they are doing is still to be seen.”')).toEqual([
      'DIRECT:What exactly they are doing is still to be seen.',
    ]);
    expect(texts('The minister told reporters: “We will not back down.”')).toEqual(['DIRECT:We will not back down.']);
  });
});

describe('quotes: several paragraphs', () => {
  // from: sample 003
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
