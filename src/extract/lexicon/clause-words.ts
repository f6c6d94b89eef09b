/**
 * Words for reading the clause a quote stands in (speakers/sentence-rules.ts, speakers/quote-turns.ts).
 * Data only: no rules.
 */
import { set } from './words.js';

/** Words shaped like a finite verb (-s, -es, -ed) that are not verbs: they never end a sentence's subject. */
export const NOT_FINITE = set(
  'his its this thus us as yes less unless across perhaps always sometimes whereas plus news series ' +
    'hundreds thousands millions billions dozens others ones years days weeks months times ' +
    'speed need seed indeed red bed',
);

/** Words opening an introductory phrase closed by a comma ("At the meeting, …", "Amid the protests, …",
 * "Although …, X called it …"); prepositions (function-words.ts PREP) count too. */
export const INTRO_WORDS = set(
  'at in on during after before since for from speaking asked moreover however meanwhile still yet now then later ' +
    'earlier last this that amid amidst despite following unlike like among without within throughout under over ' +
    'upon with by to of about against between into through toward towards around near beyond outside inside ' +
    'although though because while when whenever if unless until whereas once',
);

/** Verbs that report a speaking turn right after a quote without being verbs of saying ("“…,” Roe shot back"),
 * as one word or with a particle. Never cues of reported speech. */
export const TURN_VERBS = set(
  'agreed agrees disagreed disagrees concurred concurs echoed echoes snapped snaps wondered wonders cracked cracks teased teases deadpanned deadpans ' +
    'reasoned reasons objected objects protested protests sniped snipes jabbed jabs needled needles',
);
export const TURN_PARTICLE_VERBS = set(
  'shot shoots fired fires hit hits pushed pushes wrote writes went goes chimed chimes piped pipes summed sums ' +
    'weighed weighs jumped jumps cut cuts broke breaks',
);
export const TURN_PARTICLES = set('back on in up');

/** Words before a speech verb's form that make it a noun ("the report", "his remarks", "this statement"). */
export const NOUN_DETERMINERS = set('the a an its his her their our my your this these those');

/** Speech-verb forms that are also nouns, beyond speech-verbs.ts AMBIGUOUS_CUES ("a snappy retort"). */
export const NOUN_FORMS = set('retort retorts quip quips riposte');

/** Words opening a subordinate clause before the main one ("When X suggested …, Roe fired back: “…”"). */
export const LEADING_SUBORDINATORS = set(
  'when after while if although though because since before until once whenever',
);

/** Nouns for what a person said, presented by a colon ("Roe's response was: “…”"). */
export const PRESENTED_WORDS = set(
  'response reply answer retort reaction message verdict comment comments statement explanation advice warning ' +
    'view take assessment argument excuse defense defence',
);
