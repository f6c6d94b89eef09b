/** Reported speech without marks (INDIRECT): "X said (that) C", "C, X said", "according to X", told, asked. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findQuote, kindFor, speakerFor } from '../helpers.js';
import { indirectTexts as indirect, kindsAndTexts as texts } from './find-quotes.js';

describe('quotes: reported speech without marks', () => {
  // from: samples
  it('finds "X said (that) C"', () => {
    expect(texts('Lawmaker Lee said that Russia is recruiting interpreters.')).toEqual([
      'INDIRECT:Russia is recruiting interpreters',
    ]);
    expect(texts('Putin said it was up to Moscow how to run the clause.')).toEqual([
      'INDIRECT:it was up to Moscow how to run the clause',
    ]);
  });
  // from: samples
  it('finds "C, X said" with trailing adverbials', () => {
    expect(
      texts('North Korea has sent 1,500 more soldiers to Russia, the spy agency told lawmakers Wednesday.'),
    ).toEqual(['INDIRECT:North Korea has sent 1,500 more soldiers to Russia']);
    expect(texts('The troops were trained on drones, South Korean lawmakers said on Wednesday.')).toEqual([
      'INDIRECT:The troops were trained on drones',
    ]);
  });
  // from: samples
  it('finds "according to X, C" and "C, according to X"', () => {
    expect(texts('According to lawmaker Park, the agency believes more troops will follow.')).toEqual([
      'INDIRECT:the agency believes more troops will follow',
    ]);
    expect(texts('The nation earned $540 million last year, according to a think tank.')).toEqual([
      'INDIRECT:The nation earned $540 million last year',
    ]);
  });
  // from: samples
  it('skips the object of "told" and time adverbials', () => {
    expect(texts('The NIS chief told lawmakers on Friday that the troops were being trained.')).toEqual([
      'INDIRECT:the troops were being trained',
    ]);
  });
  it('"told reporters the …" keeps the clause subject', () => {
    expect(texts('Economy Minister Ryosei Akazawa told reporters the government would compile a package.')).toEqual([
      'INDIRECT:the government would compile a package',
    ]);
  });
  it('splits coordinated verbs into two quotes', () => {
    expect(
      texts('NHS England said it would protect urgent care, but warned that appointments would be moved.'),
    ).toEqual(['INDIRECT:it would protect urgent care', 'INDIRECT:appointments would be moved']);
  });
  // from: samples
  it('keeps a nested report as one quote', () => {
    expect(texts('Lee said that the agency confirmed that the military was recruiting interpreters.')).toEqual([
      'INDIRECT:the agency confirmed that the military was recruiting interpreters',
    ]);
  });
  it('", adding that …" after a direct quote is reported speech too', () => {
    expect(texts('"We are not in a recession," Akazawa said, adding that consumption remained solid.')).toEqual([
      'DIRECT:We are not in a recession,',
      'INDIRECT:consumption remained solid',
    ]);
  });
  // from: independent-1
  it('short past-tense verbs start a reported clause: "Her family said she died peacefully …"', () => {
    const x = extract('Her family said she died peacefully at home on Thursday.');
    expect(x.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['INDIRECT', 'she died peacefully at home on Thursday', null],
    ]);
  });
});

describe('quotes: reported speech in relative clauses and with cognition verbs', () => {
  // from: independent-1
  it('"members who said X was …" is reported speech', () => {
    const t = 'The panel heard from union members who said the factory was unsafe.';
    const x = extract(t);
    expect(findQuote(x, 'the factory was unsafe')?.kind).toBe('INDIRECT');
  });
  // from: independent-1
  it('"X, a driver, said she hoped …" is INDIRECT with speaker X and the next quote is hers', () => {
    const t =
      'Marta Kowalczyk, a driver, said she hoped the ruling would end the dispute.\n“We just want to work,” she said.';
    expect(kindFor(t, 'ruling would end the dispute')).toBe('INDIRECT');
    expect(speakerFor(t, 'ruling would end the dispute')).toBe('Marta Kowalczyk');
    expect(speakerFor(t, 'just want to work')).toBe('Marta Kowalczyk');
  });
  // from: independent-1
  it('"said he believed …" is reported speech of the subject', () => {
    const t = 'Anil Mehta, a shopkeeper, said he believed the market would recover.';
    expect(speakerFor(t, 'market would recover')).toBe('Anil Mehta');
  });
});

describe("quotes: requests and the reporter's questions are not reported statements", () => {
  // from: independent-1
  it("requests and the reporter's questions are not reported statements", () => {
    expect(indirect('A council official, who asked not to be identified, said the budget was short.')).toEqual([
      'the budget was short',
    ]);
    expect(indirect('Detectives asked anyone who saw the van on Elm Road to call the station.')).toEqual([]);
    expect(indirect('The governor urged residents in low-lying areas to leave before nightfall.')).toEqual([]);
    expect(indirect('The union appealed to members to reject the offer when they vote next week.')).toEqual([]);
    expect(indirect('I asked Ruth Amsel whether she missed the old team after all these years.')).toEqual([]);
  });
});
