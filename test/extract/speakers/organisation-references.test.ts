/**
 * A common noun for an organisation ("the company", "the ministry", "the club", "the union") speaks for the
 * organisation of that kind the article names, else for nobody.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { type SpeakerCase, expectSpeakers, findQuote, organisationsOf, peopleOf, speakerFor } from '../helpers.js';

const namedBefore: SpeakerCase[] = [
  {
    from: 'samples',
    behaviour: 'an organisation subject with an acronym speaks',
    text: 'The National Intelligence Service (NIS) said the troops were trained.',
    speakers: [['troops were trained', 'National Intelligence Service']],
  },
  {
    from: 'samples',
    behaviour: 'an acronym used later speaks as the organisation',
    text: 'The National Intelligence Service (NIS) met. The NIS said each soldier is paid.',
    speakers: [['each soldier', 'National Intelligence Service']],
  },
  {
    from: 'samples',
    behaviour: 'descriptions of an agency resolve to the agency named in the article',
    text: "The National Intelligence Service (NIS) briefed lawmakers.\nSouth Korea's spy agency said troops had arrived.\nSeoul's spy agency told lawmakers that more would come.",
    speakers: [
      ['troops had arrived', 'National Intelligence Service'],
      ['more would come', 'National Intelligence Service'],
    ],
  },
  {
    from: 'constructed',
    behaviour: '"the union" resolves to the organisation named before',
    text: 'The British Medical Association (BMA) announced a strike.\nThe union said emergency cover would be maintained.',
    speakers: [['emergency cover', 'British Medical Association']],
  },
  {
    from: 'eval article 08',
    behaviour: '"The central bank" resolves to the bank named before',
    text: 'The Bank of Japan kept rates unchanged.\nThe central bank said in a statement that inflation would stay high.',
    speakers: [['inflation would stay', 'Bank of Japan']],
  },
  {
    from: 'independent-1',
    behaviour: '"the ministry said" after the Ministry of Fisheries is named',
    text: 'The Ministry of Fisheries announced new quotas on Monday.\nThe ministry said stocks of cod had fallen.',
    speakers: [['stocks of cod', 'Ministry of Fisheries']],
  },
  {
    from: 'independent-1',
    behaviour: '"the regulator said" after the named regulator',
    text: 'The Office of Rail Standards fined the operator £2m.\nThe regulator said the delays were avoidable.',
    speakers: [['delays were avoidable', 'Office of Rail Standards']],
  },
  {
    from: 'independent-1',
    behaviour: '"the watchdog said" after a named authority',
    text: 'The Financial Conduct Authority fined the bank £5m on Tuesday.\nThe watchdog said the failings were serious.',
    speakers: [['failings were serious', 'Financial Conduct Authority']],
  },
  {
    from: 'independent-1',
    behaviour: '"a club spokeswoman" after the club is named',
    text: 'Ashford City FC confirmed the signing.\nA club spokeswoman said the fee was undisclosed.',
    speakers: [['fee was undisclosed', 'Ashford City FC']],
  },
  {
    from: 'independent-1',
    behaviour: '"the authority said" after a named authority',
    text: 'The Lakeshore Water Authority warned of shortages.\nThe authority said reservoirs were at 40 per cent.',
    speakers: [['reservoirs were at', 'Lakeshore Water Authority']],
  },
  {
    from: 'independent-1',
    behaviour: '"the company" after "Brindle said": an organisation first seen as a speaker is an antecedent',
    text: [
      'Regulators fined Brindle on Tuesday.',
      'Brindle said it would appeal. In a statement, the company said the ruling "ignores how the market works".',
    ].join('\n'),
    speakers: [['ignores how the market works', 'Brindle']],
  },
  {
    from: 'independent-1',
    behaviour: '"the firm" two paragraphs later, with another organisation named by its full name in between',
    text: [
      'Quorvex said sales fell 8 percent in the quarter.',
      'The Federal Trade Commission opened an inquiry last year.',
      'The firm said it expected demand to recover by the spring.',
    ].join('\n'),
    speakers: [['expected demand to recover', 'Quorvex']],
  },
];

const genericNouns: SpeakerCase[] = [
  [
    'Marlow Rangers said on Sunday that it had banned the fan. The club said the ban would last for life.',
    'ban would last',
    'Marlow Rangers',
  ],
  [
    'Tessmore Power & Light said 3,000 homes were dark. "This is the worst storm in years," the utility said.',
    'worst storm in years',
    'Tessmore Power & Light',
  ],
  [
    'The Brookfield Unified School District shut the annex in May. The district said the annex needed repairs.',
    'annex needed repairs',
    'Brookfield Unified School District',
  ],
  [
    "Members of the Harbour Pilots' Alliance (HPA) walked out. The union said the stoppage would continue.",
    'stoppage would continue',
    "Harbour Pilots' Alliance",
  ],
  [
    'The Ostrava Tenants’ Association met on Monday. The association said rents had doubled.',
    'rents had doubled',
    'Ostrava Tenants’ Association',
  ],
].map(
  ([text, quote, speaker]) =>
    ({
      from: 'independent-2/3',
      behaviour: `the generic noun is the organisation of that kind named before: ${text}`,
      text,
      speakers: [[quote, speaker]],
    }) as SpeakerCase,
);

const clubWords: SpeakerCase[] = [
  {
    from: 'independent-4 (article 04)',
    behaviour: 'a club goes by its club word: "Rovers" for "Kelby Rovers"',
    text: 'Kelby Rovers turned down a bid from Marsh Athletic. Rovers said in a statement that the offer was too low.',
    speakers: [['offer was too low', 'Kelby Rovers']],
  },
  {
    from: 'independent-4',
    behaviour: 'a club goes by its club word: "United" for "Harlow United"',
    text: 'Harlow United sacked their manager on Sunday. United said the decision was taken with regret.',
    speakers: [['decision was taken', 'Harlow United']],
  },
];

describe('speakers: a common noun for an organisation named before', () => {
  it.each(namedBefore)('$behaviour ($from)', expectSpeakers);
  // from: independent-1
  it('"the health ministry" and "a ministry spokesman" after the Ministry of Health is named', () => {
    const t =
      'The Ministry of Health said on Friday that cases had risen.\nThe health ministry said hospitals were coping.\nA ministry spokesman said more beds would be added.';
    expect(speakerFor(t, 'hospitals were coping')).toBe('Ministry of Health');
    expect(speakerFor(t, 'more beds would be added')).toBe('Ministry of Health');
    expect(organisationsOf(t)).toEqual(['Ministry of Health']);
  });
  // from: independent-1 (article 01)
  it('"Gridly makes software …" is the company that "the company said" refers to', () => {
    const t = [
      'Priya Anand started Tillory in a spare bedroom in 2019. Its investors include Northgate Ventures.',
      'Tillory makes software that checks spreadsheets for errors.',
      'The company said last month that revenue had doubled.',
      'Anand says the next two years will decide whether Tillory stays independent.',
    ].join('\n');
    expect(speakerFor(t, 'revenue had doubled')).toBe('Tillory');
    expect(peopleOf(t)).toEqual(['Priya Anand']);
  });
  // from: constructed
  it('"the company" is the article\'s company rather than a company named once in passing', () => {
    const t =
      'Apple Inc. unveiled a phone. Apple shares fell. Dan Ives of Wedbush Securities said the upgrade was small. The company said it expects sales to rise.';
    const x = extract(t);
    const q = x.quotes.find((q) => q.text.includes('expects sales'))!;
    expect(x.organisations[q.speaker!.ref].name).toBe('Apple Inc');
  });
  // from: independent-1
  it('"…, the automaker said." → the company named earlier; the clause keeps its subject', () => {
    const t = [
      'Veltrano Motors is recalling 120,000 vehicles in the United States.',
      'The recall covers four models built between 2021 and 2023, the automaker said.',
      'The fault affects the rear camera, the company said in a filing.',
    ].join('\n');
    const x = extract(t);
    const q = findQuote(x, 'covers four models');
    expect(q?.text.startsWith('The recall covers')).toBe(true);
    expect(speakerFor(t, 'covers four models')).toBe('Veltrano Motors');
    expect(speakerFor(t, 'rear camera')).toBe('Veltrano Motors');
  });
  // from: independent-1
  it('"Kestrel Air" is a company, and "the airline said" finds it', () => {
    const t = 'Kestrel Air said it would cut 40 routes.\nThe cuts take effect in March, the airline said.';
    expect(peopleOf(t)).toEqual([]);
    expect(extract(t).organisations.map((o) => [o.name, o.kind])).toEqual([['Kestrel Air', 'COMPANY']]);
    expect(speakerFor(t, 'take effect in March')).toBe('Kestrel Air');
  });
  // from: eval article 13
  it('"Northbridge United" is an organisation and "the club" refers to it', () => {
    const t = [
      'Northbridge United lost 2-1 at home on Saturday.',
      'The club said in a statement that it would ban any fan found to have thrown coins.',
    ].join('\n');
    const x = extract(t);
    expect(x.people).toEqual([]);
    expect(speakerFor(t, 'ban any fan')).toBe('Northbridge United');
    expect(
      extract('Officials in the United States said the talks would resume.').organisations.map((o) => o.name),
    ).not.toContain('United States');
  });
});

describe('speakers: a generic noun stands for the organisation of that kind named before', () => {
  it.each(genericNouns)('$behaviour ($from)', expectSpeakers);
  // from: independent-2/3
  it('no organisation of that kind named: null, never an organisation called "District" or "Union"', () => {
    const t =
      'Parents were angry on Monday. The district said the annex needed repairs. The union said talks had failed.';
    expect(speakerFor(t, 'annex needed repairs')).toBeNull();
    expect(speakerFor(t, 'talks had failed')).toBeNull();
    expect(extract(t).organisations).toEqual([]);
  });
  // from: independent-2/3
  it('a generic noun capitalised at a sentence start is still generic: "District officials said" → the district named before, else null', () => {
    expect(
      speakerFor(
        'The Brookfield School District board met on Monday. District officials said the annex needed repairs.',
        'annex needed repairs',
      ),
    ).toBe('Brookfield School District');
    const t = 'Parents were angry. District officials said the annex needed repairs.';
    expect(speakerFor(t, 'annex needed repairs')).toBeNull();
    expect(extract(t).organisations).toEqual([]);
  });
  // from: independent-2/3
  it('a bare generic noun as a subject: "Union says …" is the union of the article, never an organisation called "Union"', () => {
    const t =
      "Drivers at the Harbour Pilots' Alliance walked out on Monday.\nUnion says pay offer is an insult, and talks are over.";
    expect(speakerFor(t, 'pay offer is an insult')).toBe("Harbour Pilots' Alliance");
    expect(extract('Council said the road would close.').organisations).toEqual([]);
  });
});

describe('speakers: a club goes by its club word', () => {
  it.each(clubWords)('$behaviour ($from)', (c) => {
    expectSpeakers(c);
    expect(extract(c.text).people).toEqual([]);
  });
  // from: independent-4
  it('"The club added" then stays with the club that spoke', () => {
    const t =
      'Kelby Rovers turned down a bid from Marsh Athletic. Rovers said the offer was too low. The club added that no further bids would be heard.';
    expect(speakerFor(t, 'no further bids')).toBe('Kelby Rovers');
  });
});
