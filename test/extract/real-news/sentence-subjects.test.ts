/**
 * The sentence a quote stands in names its speaker when no verb of saying does: a whole quote inside the reporter's
 * sentence, an organisation opening it, role words before the subject, a verb in an apposition skipped,
 * an attribution closing the sentence after a later quote, the main clause after a subordinate one, a speech verb's
 * form used as a noun, and a new sentence after the quote that introduces speech
 * of its own.
 */
import { describe, expect, it } from 'vitest';
import { ruleAttribution } from '../../../src/extract/index.js';
import { segment } from '../../../src/extract/segment/index.js';
import { extract } from '../../../src/extract/index.js';
import { type SpeakerCase, expectSpeakers, findQuote } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a whole quote inside the reporter’s sentence takes the sentence’s subject',
    text: '“We will reopen,” said Leo Marsh.\n\nMayor Ada Quill delivered an impassioned defense of “Harbor Town values,” saying the town was the “heart of the coast.”',
    speakers: [['Harbor Town values', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'not when the sentence opens inside an earlier quote',
    text: '“I think Ada Quill would be the best mayor, but she has no chance,” Leo Marsh said on the radio, adding, “Ada Quill’s problem is the ferry.”',
    speakers: [['problem is the ferry', 'Leo Marsh']],
  },
  {
    from: 'constructed',
    behaviour: 'an organisation opening the sentence of a partial quote',
    text: '“We will reopen,” said Leo Marsh.\n\nThe Harbor Trust filed a records request with the council that month for “every email about the ferry.”',
    speakers: [['every email about the ferry', 'Harbor Trust']],
  },
  {
    from: 'constructed',
    behaviour: 'role words before the subject of a colon',
    text: 'After the vote, harbor commentator Dana Holt imagined the mayor was thinking: “What have I done?”',
    speakers: [['What have I done', 'Dana Holt']],
  },
  {
    from: 'constructed',
    behaviour: 'a sentence opened by a participial phrase',
    text: '“We will reopen,” said Leo Marsh.\n\nFilling in for the mayor at the same event, Dana Holt landed a sharp dig at “my dear friend Leo Marsh.”',
    speakers: [['my dear friend', 'Dana Holt']],
  },
  {
    from: 'constructed',
    behaviour: 'an attribution closing the sentence after a later quote covers the earlier one',
    text: 'The agency did not find “ties of any consequence,” aside from the two men knowing each other “casually” from the harbor, said the agency’s director, Ada Quill, on Monday.',
    speakers: [
      ['ties of any consequence', 'Ada Quill'],
      ['casually', 'Ada Quill'],
    ],
  },
  {
    from: 'constructed',
    behaviour: 'a new sentence introducing the next quote does not attribute the one before',
    text: '“We are fishermen,” Dana Holt said. “We are not smugglers.” Omar Lind said: “The storm is the work of nature.”',
    speakers: [
      ['We are not smugglers', 'Dana Holt'],
      ['The storm is the work', 'Omar Lind'],
    ],
  },
  {
    from: 'constructed',
    behaviour: 'a new sentence reporting speech of its own does not attribute the quote before',
    text: '“It is a sad day,” Dana Holt told reporters at the pier. “This is what the ferry cuts do.” Omar Lind said he would have kept the ferry.',
    speakers: [['This is what the ferry cuts do', 'Dana Holt']],
  },
  {
    from: 'constructed',
    behaviour: 'a speech verb in a subordinate clause opening the sentence is not the quote’s',
    text: 'When Leo Marsh suggested that the ferry would sue the town, Mayor Nora Vance fired back forcefully: “If they sue us, they will lose.”',
    speakers: [['If they sue us', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: 'the main clause’s speech verb after a subordinate clause with its own',
    text: 'After Leo Marsh argued that the pier should be sold to a developer, Ada Quill said only that his “numbers do not add up.”',
    speakers: [['numbers do not add up', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'a speech verb’s form as a noun after “a” and a modifier is no cue',
    text: '“We will reopen,” said Leo Marsh.\n\nMayor Nora Vance delivered a snappy retort: “Nobody is closing this pier.”',
    speakers: [['Nobody is closing this pier', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: 'a participle after “a statement” stays a verb',
    text: 'Leo Marsh said the ferry would run.\n\nThe vote came hours after Ada Quill, the harbor’s chair, issued a statement calling the drills a “rehearsal for closure.”',
    speakers: [['rehearsal for closure', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'a reported clause closed by “while” before the quote leaves it to the later verb',
    text: 'Leo Marsh suggested that a mayor who skips debates cannot lead, while Mayor Nora Vance said that the “stakes for the harbor are too high.”',
    speakers: [['stakes for the harbor', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: 'a person opening the sentence before a long apposition with places in it',
    text: 'Omar Lind, a 55-year-old fisherman from Eastport, Maine, says the council will “leave the pier with nothing.”',
    speakers: [['leave the pier with nothing', 'Omar Lind']],
  },
  {
    from: 'constructed',
    behaviour: 'an apposition between dashes',
    text: 'Omar Lind — a teacher from Eastport — says the vote was “a big deal.”',
    speakers: [['a big deal', 'Omar Lind']],
  },
  {
    from: 'constructed',
    behaviour: 'not a person whose relative clause holds the verb',
    text: 'Omar Lind, whose aide says the vote was “a big deal,” left early.',
    speakers: [['a big deal', null]],
  },
];

describe('the sentence around a quote names its speaker', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});

describe('an organisation’s name that only modifies the subject of an uncued quote', () => {
  const text = 'The Harbor Trust crews are also being provided with “training on the new docks.”';
  const hints = { title: null, source: null, url: null, publishedAt: null };

  it('is no speaker by the rules', () => {
    const [quote] = ruleAttribution(segment(text, hints)).quotes;
    expect(quote.speaker).toBeNull();
    expect(quote.speakerRule).toBeUndefined();
  });

  it('is at most a doubtful guess of the ranker, which rests on position alone there', () => {
    const x = extract(text, hints);
    const quote = findQuote(x, 'training on the new docks');
    expect(quote?.speakerConfidence).toBeLessThan(0.5);
  });
});
