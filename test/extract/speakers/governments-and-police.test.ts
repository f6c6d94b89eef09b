/** Countries, capitals and "the government" speak as the country's government; "police" as the force named. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { type SpeakerCase, expectSpeakers, findQuote, speakerFor, speakerName } from '../helpers.js';

const governments: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: "a capital stands for its country's government",
    text: 'Tokyo said it would lodge a protest.',
    speakers: [['lodge a protest', 'Japan']],
  },
  {
    from: 'independent-1',
    behaviour: "another capital stands for its country's government",
    text: 'Canberra said the visit would go ahead.',
    speakers: [['visit would go ahead', 'Australia']],
  },
  {
    from: 'independent-1',
    behaviour: 'a country speaks as itself',
    text: 'Norway said it welcomed the ruling.',
    speakers: [['welcomed the ruling', 'Norway']],
  },
  {
    from: 'independent-2/3',
    behaviour: 'a sentence-initial adjective before a country is not part of its name ("Neighbouring Zambia")',
    text: 'Neighbouring Zambia said it would reopen the crossing.',
    speakers: [['reopen the crossing', 'Zambia']],
  },
  {
    from: 'independent-2/3',
    behaviour: 'a sentence-initial adjective before a country is not part of its name ("Landlocked Chad")',
    text: 'Landlocked Chad said it had received no aid.',
    speakers: [['received no aid', 'Chad']],
  },
  {
    from: 'independent-2/3',
    behaviour: 'a country with a "whose" clause speaks as its government',
    text: 'Norway, whose fleets fish in those waters, said it would have preferred talks.',
    speakers: [['preferred talks', 'Norway']],
  },
  {
    from: 'independent-1',
    behaviour: '"The government says …" in an article about one country is that country',
    text: [
      "OSLO, March 3 - Norway's ferry workers began a strike on Monday.",
      'The government says the strike could cost the economy 50 million crowns a day.',
    ].join('\n'),
    speakers: [['could cost the economy', 'Norway']],
  },
];

const police: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: '"police said" is the police force the article names, even when named later',
    text: 'A cyclist was injured on Bridge Road late on Friday, police said.\nOfficers closed the road, according to a statement from the Eastvale Police Department.',
    speakers: [
      ['cyclist was injured', 'Eastvale Police Department'],
      ['Officers closed the road', 'Eastvale Police Department'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: '"police said" after "Eastvale police said"',
    text: [
      'Two men were arrested on Friday, Eastvale police said.',
      'Police said the stolen bicycles had been found in a garage.',
    ].join('\n'),
    speakers: [['stolen bicycles had been found', 'Eastvale police']],
  },
  {
    from: 'independent-4',
    behaviour: '"according to police" is the police force named later in the paragraph, as "police said" is',
    text: 'Two people were hurt, according to police. The driver was arrested at the scene, the Marlow Police Department said.',
    speakers: [['Two people were hurt', 'Marlow Police Department']],
  },
  {
    from: 'independent-4',
    behaviour: '"according to police" with no force named has no speaker',
    text: 'Two people were hurt, according to police.',
    speakers: [['Two people were hurt', null]],
  },
];

describe('speakers: countries, capitals and governments', () => {
  it.each(governments)('$behaviour ($from)', expectSpeakers);
  // from: samples
  it('countries and capitals as speakers are governments named after the country', () => {
    const x = extract(
      'Russia has dismissed reports of troop deployments as “fake news.”\nGermany on Wednesday said it had summoned the envoy.',
    );
    expect(speakerName(x, findQuote(x, 'fake news')!)).toBe('Russia');
    expect(speakerName(x, findQuote(x, 'summoned the envoy')!)).toBe('Germany');
    expect(x.organisations.find((o) => o.name === 'Russia')?.kind).toBe('GOVERNMENT');
  });
  // from: independent-1
  it('"Norway, one of the guarantors, said it welcomed …" → GOVERNMENT Norway', () => {
    const t = 'Norway, one of the guarantors, said it welcomed the extension of the ceasefire.';
    const x = extract(t);
    const q = findQuote(x, 'welcomed the extension');
    expect(q?.speaker?.type).toBe('organisation');
    const org = x.organisations[q!.speaker!.ref];
    expect(org.name).toBe('Norway');
    expect(org.kind).toBe('GOVERNMENT');
  });
});

describe('speakers: police', () => {
  it.each(police)('$behaviour ($from)', expectSpeakers);
  // from: independent-1
  it('bare "police said" with no force named is not given to a wrong organisation', () => {
    const t = 'The Harbour Trust said the pier was closed.\nPolice said a man had been arrested.';
    expect(speakerFor(t, 'man had been arrested')).not.toBe('Harbour Trust');
  });
});
