/** The subject of a speech verb before the quote, across what news puts between the subject and the verb. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a possessive before a cue word makes it a noun: the subject of the verb before it speaks',
    text: 'Headline about the debate\nParty Chairman Ronald Brisk called Hale’s remarks a “new low” on Sunday.',
    speakers: [['new low', 'Ronald Brisk']],
  },
  {
    from: 'constructed',
    behaviour: 'a possessive before a participle used as an adjective',
    text: 'Headline about the debate\nSenator Amy Tollund spoke next. Tollund then interjected, calling Marsh’s proposed credit “a welfare payment.”',
    speakers: [['welfare payment', 'Amy Tollund']],
  },
  {
    from: 'constructed',
    behaviour: 'an intensifying reflexive after the subject',
    text: 'Headline about Iowa\nSenator Ted Marsh spoke in Iowa. Marsh himself said Tuesday that “the only way to win the state is to ask.”',
    speakers: [['only way to win', 'Ted Marsh']],
  },
  {
    from: 'constructed',
    behaviour: 'a time phrase between the subject and the verb',
    text: 'Headline about Iowa\nSenator Ted Marsh spoke in Iowa. Marsh at the time said he had asked his “people” to look into it.',
    speakers: [['people', 'Ted Marsh']],
  },
  {
    from: 'constructed',
    behaviour: 'a time phrase ending in “ago” between an organisation and the verb',
    text: 'Headline about the files\nThe State Department less than two weeks ago said for the first time that “top secret” files had passed through the server.',
    speakers: [['top secret', 'State Department']],
  },
  {
    from: 'constructed',
    behaviour: 'a longer time phrase ending in a day',
    text: 'Headline about Iowa\nSenator Ted Marsh spoke in Iowa. Marsh during a visit on Sunday thanked its members “for their support.”',
    speakers: [['for their support', 'Ted Marsh']],
  },
  {
    from: 'constructed',
    behaviour: 'a time phrase closing a relative clause is not between the subject and the verb',
    text: 'Headline about the union\nJane Roe, who endorsed Ted Marsh in December, said that the polling was “lagging far behind.”',
    speakers: [['lagging far behind', 'Jane Roe']],
  },
  {
    from: 'constructed',
    behaviour: 'an aside between dashes after the name',
    text: 'Headline about the vote\nJake Simms, 41, voted on Tuesday. Jake Simms — a teacher from Mount Pleasant — says the endorsement was “a big deal.”',
    speakers: [['a big deal', 'Jake Simms']],
  },
  {
    from: 'constructed',
    behaviour: 'a description, then the name between double hyphens',
    text: 'Headline about the speech\nA former presidential candidate -- John Tavener, who lost the 2008 election -- said the president “offered no changes.”',
    speakers: [['offered no changes', 'John Tavener']],
  },
  {
    from: 'constructed',
    behaviour: 'a participle phrase between dashes after the name',
    text: 'Headline about the ticket\nOn Friday, Paul Gingrich — mentioned by one outlet as the leading choice — told Bill Carver of Fox News that “you have to look at it.”',
    speakers: [['you have to look at it', 'Paul Gingrich']],
  },
  {
    from: 'constructed',
    behaviour: 'a titled person “of” their state inside a subordinate clause',
    text: 'Headline about the Senate\nThe fear grew when Sen. Tom Rudd of Ohio said he was “outraged” to hear about it.',
    speakers: [['outraged', 'Tom Rudd']],
  },
  {
    from: 'constructed',
    behaviour: 'a titled person with an initial “of” their state, then a verb that is not a speech verb',
    text: 'Headline about the race\nThe anxiety was underscored Wednesday when House Speaker Paul D. Rein of Wisconsin lamented the “disheartened” state of the campaign.',
    speakers: [['disheartened', 'Paul D. Rein']],
  },
  {
    from: 'constructed',
    behaviour: 'a speech verb coordinated with an irregular verb, after an introductory clause',
    text: 'Headline about the cabinet\nGovernor Ann Kell spoke on Monday. Asked whether he would serve, Mrs. Kell shook her head and said, “No.”',
    speakers: [['No.', 'Ann Kell']],
  },
  {
    from: 'constructed',
    behaviour: 'a speech verb coordinated with present-tense verbs and their own quotes',
    text: 'Headline about pay\nGovernor Ann Kell spoke on Monday. Kell supports “appropriate pay raises,” opposes “pay freezes” and recalled the freeze: “I saw how difficult it was.”',
    speakers: [['I saw how difficult', 'Ann Kell']],
  },
  {
    from: 'constructed',
    behaviour: 'a participle takes the main clause’s named subject, not the “they” of a clause in between',
    text: 'Headline about the race\nJudge Ann Bradley spoke. Bradley apologized for the columns after they came out, saying they were old and have “nothing to do with who I am.”',
    speakers: [['nothing to do with', 'Ann Bradley']],
  },
  {
    from: 'constructed',
    behaviour: 'a role, then the person “of” a body between commas',
    text: 'Headline about the race\nAnother pollster, David Woodard of Clemson University, said the race was “too close to call.”',
    speakers: [['too close to call', 'David Woodard']],
  },
  {
    from: 'constructed',
    behaviour: 'an aside between spaced hyphens after the name',
    text: 'Headline about the exit\nGovernor Tom Bush left the race. On his way out, Mr. Bush - in a line aimed at a rival - declared that the party must “unite or lose.”',
    speakers: [['unite or lose', 'Tom Bush']],
  },
  {
    from: 'constructed',
    behaviour: 'a capitalised word with a lower-case suffix is an adjective, never an organisation that speaks',
    text: 'Headline about the feud\nGovernor Tom Bush offered a Trump-style retort on Twitter, tweeting at him, “you are a loser.”',
    speakers: [['you are a loser', 'Tom Bush']],
  },
];

describe('subjects before the verb', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
