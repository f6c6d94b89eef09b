/** Reaction round-ups: `Name, 34, of City: “…”`, `“…” — Name`, `Name wrote on Twitter: “…”`. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a name with an age and a home town before a colon',
    text: 'Voters outside the hall were split.\n\nDana Whitlock, 34, of Millbrook: “I came for the jobs plan and I am leaving unconvinced.”\n\nOscar Penn, 61, of Dunmore: “He finally said what we all think.”',
    speakers: [
      ['came for the jobs plan', 'Dana Whitlock'],
      ['finally said what', 'Oscar Penn'],
    ],
  },
  {
    from: 'constructed',
    behaviour: 'a dash and a name after the quote',
    text: 'Readers wrote in by the hundred.\n\n“Nobody asked the people who ride the ferry every day.” — Helen Okafor, Portsmouth',
    speakers: [['Nobody asked the people', 'Helen Okafor']],
  },
  {
    from: 'constructed',
    behaviour: 'a name that wrote on Twitter, then a colon',
    text: 'The reaction was swift. Senator Rita Gale wrote on Twitter: “This ruling protects every commuter in the state.”',
    speakers: [['protects every commuter', 'Rita Gale']],
  },
  {
    from: 'constructed',
    behaviour: 'a name with an apposition and no age before a colon',
    text: 'Reactions came quickly.\n\nNora Vance, a nurse from Dunmore: “I never thought the pier would close.”',
    speakers: [['I never thought the pier', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: 'not a name whose apposition holds a verb',
    text: 'Reactions came quickly.\n\nNora Vance, a nurse who said nothing at the meeting: “I never thought the pier would close.”',
    speakers: [['I never thought the pier', null]],
  },
];

describe('vox pops', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
