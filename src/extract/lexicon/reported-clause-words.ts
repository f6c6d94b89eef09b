/**
 * Words that shape a reported clause without quote marks: plain verbs after a plural subject, words that are not
 * verbs there, auxiliaries of a finite clause, verbs of commitment, words after "to" that make it a preposition,
 * lower-case words inside names. Data only: no rules.
 */
import { set } from './words.js';

/** Present-tense verbs common after a plural subject, which carry no ending ("voters want", "officials need"). */
export const PLAIN_VERBS = set(
  'need want have do know think believe support oppose feel agree prefer expect plan like see get go make take give ' +
    'remain deserve face fear hope worry intend refuse continue seem appear lack owe pay earn spend use ' +
    'understand accept reject trust favor favour back',
);

/** Words after a plural noun that are not its verb ("people familiar with", "officials close to", "voters who"). */
export const NOT_PLAIN_VERB = set(
  'and or but nor who whom whose which that than as familiar close aware involved eager willing able unable likely ' +
    'unlikely ready alike alone too',
);

/** Auxiliaries that mark a finite reported clause after a participle ("claiming the move would cost …"). */
export const CLAUSE_AUX = set('would will could can may might should must is was are were has had have does did');

/** Verbs of commitment whose to-infinitive is the content ("vowed to", "pledged to", "promising to"). */
export const COMMISSIVES = set('promise vow pledge');

/** Words after "to" that make it a preposition, not an infinitive marker ("promised to the voters"). */
export const NOT_INFINITIVE = set(
  'the a an this that these those his her its their our my your him them us me it everyone all any some each no ' +
    'every one two three',
);

/** Lower-case words inside a name ("Secretary of State", "Marieke de Vries"). */
export const NAME_JOINERS = set('of the de van von der da dos du la le al bin and');
