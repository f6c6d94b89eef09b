/** Words news puts between a subject and its verb: "Roe himself said", "Roe at the time said", "Roe has since said". */
import { set } from './words.js';

/** "Cruz himself said": an intensifying reflexive right after the subject. */
export const REFLEXIVES = set('himself herself itself themselves');

/** Adverbs of time that sit between the subject and the verb ("Roe has since apologized"). */
export const TIME_ADVERBS = set('since');

/** Head nouns that end a time phrase between the subject and the verb ("at the time", "less than two weeks ago"). */
export const TIME_HEADS = set(
  'time day days week weeks weekend month months year years morning afternoon evening night ago moment point',
);

/** Words that open such a time phrase ("at the time", "during a Sunday rally", "earlier this week"). */
export const TIME_OPENERS = set('at during on in over earlier later last this early late less more about nearly');
