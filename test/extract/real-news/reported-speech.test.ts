/** Reported speech without quote marks (INDIRECT): one row per construction, sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findQuote, speakerName } from '../helpers.js';

interface ReportedCase {
  behaviour: string;
  text: string;
  /** A fragment of the reported clause that must come out as an INDIRECT quote. */
  clause: string;
  speaker: string | null;
}

const cases: ReportedCase[] = [
  {
    behaviour: '“X said” + a bare clause opened by a pronoun with a plain present verb',
    text: 'Councillor Tomas Ferreira said they differ on the harbor levy and the ferry timetable.',
    clause: 'they differ on the harbor levy',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: '“X said” + a bare clause whose verb is a negation with a typographic apostrophe',
    text: 'Councillor Tomas Ferreira said the night ferry doesn’t stop here in winter.',
    clause: 'the night ferry doesn’t stop here',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'source after the clause with an abbreviated title (“…, Ms. X said.”)',
    text: 'Most of the volunteers were unhappy with the new ferry timetable, Ms. Odile Brandt said.',
    clause: 'unhappy with the new ferry timetable',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a reporting clause between two parts of the reported sentence (“In the end, X said, …”)',
    text: 'In the end, Councillor Tomas Ferreira said, the island ferries will run on batteries by the spring.',
    clause: 'the island ferries will run on batteries',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a verb that otherwise needs “that” with a bare clause opened by a pronoun (“X announced she is …”)',
    text: 'Councillor Odile Brandt announced she is leaving the ferry board at the end of the year.',
    clause: 'she is leaving the ferry board',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'an inverted source with an apposition after the clause (“…, said X, an economist at …”)',
    text: 'The new levy will hurt the fishing towns most, said Ana Ruiz, an economist at Coastline College.',
    clause: 'will hurt the fishing towns most',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: '“X, apposition, said there …”: an existential clause without “that”',
    text: 'Tomas Ferreira, the harbor master at Coastline, said there had been three groundings since the spring.',
    clause: 'there had been three groundings',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: '“X said about half of …”: an approximate quantity opening a bare clause',
    text: 'Councillor Odile Brandt said about half of the ferry crossings were cancelled during the storm.',
    clause: 'half of the ferry crossings were cancelled',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a reported question (“X asked Y whether …”), while “asked Y to …” stays a request',
    text: 'Councillor Odile Brandt asked the harbor master whether the night ferry would run in winter.',
    clause: 'whether the night ferry would run in winter',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a comparative reporting clause opening the sentence (“But as X noted, …”)',
    text: 'But as Councillor Tomas Ferreira noted, the island ferries will need new batteries by spring.',
    clause: 'the island ferries will need new batteries',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'an embedded how-clause after a verb of explaining (“X explained how …”)',
    text: 'Councillor Odile Brandt explained how the night ferry would run on batteries by spring.',
    clause: 'the night ferry would run on batteries',
    speaker: 'Odile Brandt',
  },
];

describe('reported speech without quote marks', () => {
  it('a request (“asked residents to stay indoors”) is not reported speech', () => {
    const x = extract('Councillor Odile Brandt asked residents to stay indoors during the storm.');
    expect(x.quotes.filter((q) => q.kind === 'INDIRECT')).toEqual([]);
  });

  it.each(cases)('$behaviour', ({ text, clause, speaker }) => {
    const x = extract(text);
    const q = findQuote(x, clause);
    expect(q?.kind, clause).toBe('INDIRECT');
    expect(speakerName(x, q!)).toBe(speaker);
  });
});
