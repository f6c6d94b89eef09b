/** US-style party and state tags after names (`Rep. Jane Roe (D-Ore.)`, `John Doe, R-Ky.,`). */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a parenthesised party-state tag between the name and the verb',
    text: 'Rep. Jane Roe (D-Ore.) said the bill was “a gift to the ferry lobby.”',
    speakers: [['gift to the ferry', 'Jane Roe']],
  },
  {
    from: 'constructed',
    behaviour: 'a comma-delimited party-state tag after a title and name',
    text: 'Senate Majority Leader John Doe, R-Ky., said the vote would be “the first order of business.”',
    speakers: [['first order of business', 'John Doe']],
  },
  {
    from: 'constructed',
    behaviour: 'a tag and a relative clause before the verb',
    text: 'Sen. Tom Quarry (R-Neb.), who chairs the harbor subcommittee, said: “We will not fund a pier to nowhere.”',
    speakers: [['pier to nowhere', 'Tom Quarry']],
  },
  {
    from: 'constructed',
    behaviour: 'an inverted cue with a lower-case title and a one-letter party tag',
    text: '“He is fighting the last war,” said former Nebraska governor Ann Birch (D), a supporter of the plan.',
    speakers: [['fighting the last war', 'Ann Birch']],
  },
  {
    from: 'constructed',
    behaviour: 'a “Democrat of State” apposition',
    text: '“This is overdue,” said Representative Carl Moss, Democrat of Vermont.',
    speakers: [['overdue', 'Carl Moss']],
  },
];

describe('party and state tags', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
