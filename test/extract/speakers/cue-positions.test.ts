/** Where the speaker stands: before the quote, after it (plain or inverted), in the next sentence. */
import { describe, expect, it } from 'vitest';
import { type SpeakerCase, expectSpeakers, peopleOf, speakerFor } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'speaker before the quote, after a colon',
    text: 'Finance Minister Anna Berg said: “We will cut taxes next year.”',
    speakers: [['We will cut', 'Anna Berg']],
  },
  {
    from: 'samples',
    behaviour: 'speaker before the quote, after an introductory phrase and a comma',
    text: 'Speaking to reporters on Wednesday, Lloyd Austin said, “That is still to be seen.”',
    speakers: [['still to be seen', 'Lloyd Austin']],
  },
  {
    from: 'constructed',
    behaviour: 'speaker after the quote, with subject–verb inversion',
    text: '“The economy is strong,” said Maria Lopez, a professor at the University of Madrid.',
    speakers: [['economy is strong', 'Maria Lopez']],
  },
  {
    from: 'eval article 01',
    behaviour: 'speaker after the quote, plain order',
    text: '“We keep kicking the can down the road,” Thomas Whitfield told reporters outside the chamber.',
    speakers: [['kicking the can', 'Thomas Whitfield']],
  },
  {
    from: 'samples',
    behaviour: 'speaker after the quote with an apposition',
    text: 'Lawmaker Park Sun-won briefed the press.\n"About 3,000 troops have been deployed so far," Park, who sits on the intelligence committee, told reporters.',
    speakers: [['About 3,000', 'Park Sun-won']],
  },
  {
    from: 'constructed',
    behaviour: 'speaker in the next short sentence',
    text: 'Officials met on Monday. “We are not giving up.” Jane Doe said.',
    speakers: [['not giving up', 'Jane Doe']],
  },
  {
    from: 'eval article 06',
    behaviour: 'a paragraph ending with "X said:" introduces the next quote',
    text: 'Mayor Daniel Koenig said:\n“This plan will build homes.”',
    speakers: [['build homes', 'Daniel Koenig']],
  },
  {
    from: 'constructed',
    behaviour: 'an inverted cue with a role noun before the name: "said resident Tom Hill"',
    text: '"We have nothing left," said resident Tom Hill.',
    speakers: [['nothing left', 'Tom Hill']],
  },
  {
    from: 'constructed',
    behaviour: 'an inverted cue with a role phrase before the name: "said the team\'s coach, X"',
    text: '"We\'re done," said the team\'s coach, Jürgen Klopp.',
    speakers: [["We're done", 'Jürgen Klopp']],
  },
  {
    from: 'constructed',
    behaviour: '"…, she told The Associated Press." and "X told The Associated Press that …"',
    text: 'Mayor Karen Bass met residents.\nThe fires were the worst in decades, she told The Associated Press.\nBass told The Associated Press that rebuilding would take years.',
    speakers: [
      ['worst in decades', 'Karen Bass'],
      ['rebuilding would take', 'Karen Bass'],
    ],
  },
  {
    from: 'eval article 06',
    behaviour:
      '"“…” That was the verdict of X" names the speaker of the quote before it, and "X, a …, who said C" speaks C',
    text: '"It is a start, but a start is not a home." That was the verdict of Luz Alvarado, a tenant organizer in the Bronx, who said the plan did too little.',
    speakers: [
      ['start is not a home', 'Luz Alvarado'],
      ['plan did too little', 'Luz Alvarado'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: '"That is how X describes it" in the next paragraph names the speaker of the quote before it',
    text: [
      '"When I was a girl, my grandfather could show me where the herd crossed the river."',
      'That is how Mara Tallfeather, a land-use co-ordinator with the Red Lake band, describes the decline of the herd.',
    ].join('\n'),
    speakers: [['my grandfather could show me', 'Mara Tallfeather']],
  },
];

describe('speakers: position of the cue', () => {
  it.each(cases)('$behaviour ($from)', expectSpeakers);
});

describe('speakers: an inverted attribution opening a sentence ("Said X: “…”")', () => {
  // from: independent-3 (article 04)
  it('"Said Carter:" and "Said coach Ann Whit:" name the speaker, and "Said" is no part of a name', () => {
    const t = [
      'Denver guard Tyrese Carter had 24 points at halftime.',
      'Marcus Bell laughed. "He is tough," Bell said.',
      'Said Carter: "We got comfortable."',
      'Said coach Ann Whit: "We let it slip."',
    ].join('\n');
    expect(speakerFor(t, 'We got comfortable')).toBe('Tyrese Carter');
    expect(speakerFor(t, 'We let it slip')).toBe('Ann Whit');
    expect(peopleOf(t)).not.toContain('Said Carter');
  });
});
