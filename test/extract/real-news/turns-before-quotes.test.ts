/**
 * A quote introduced by the sentence before it without a colon ("Professor Jane Roe agreed. “…”"), in the same
 * paragraph or as a short paragraph of its own, and a colon that presents a person's words ("Here's Roe in 1992:",
 * "Roe's response was:").
 */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a short sentence with a turn verb before the quote',
    text: '“It is a two-person race,” said Leo Marsh, editor of the Harbor Gazette.\n\nHarbor State University’s Nora Vance agreed. “The others are running out of time.”',
    speakers: [['running out of time', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: 'a short paragraph with a speech verb before a paragraph the quote opens',
    text: '“It is a two-person race,” said Leo Marsh.\n\nHarbor State University’s Nora Vance disagreed sharply.\n\n“Nobody has voted yet.”',
    speakers: [['Nobody has voted yet', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: '“Here’s X in …:” presents the person’s words',
    text: 'Leo Marsh wrote a book about the harbor.\n\nHere’s Mayor Nora Vance in December 1992: “Our new direction must rest on the docks.”',
    speakers: [['Our new direction', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: '“X’s response was:” presents the person’s words',
    text: 'Aide Leo Marsh emailed Mayor Nora Vance about the storm. Vance’s response was: “Is the ferry still running?”',
    speakers: [['Is the ferry still running', 'Nora Vance']],
  },
];

describe('the sentence before a quote gives the turn', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
