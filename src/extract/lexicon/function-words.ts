/**
 * Function words: determiners, pronouns, prepositions, conjunctions, clause openers, sentence-initial
 * words that are not names, abbreviations, calendar words.
 * Data only: no rules.
 */
import { set, dict, list } from './words.js';

export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = dict({
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
});

export const MONTHS = list('january|february|march|april|may|june|july|august|september|october|november|december');

export const MONTH_ABBR: Record<string, number> = dict(
  Object.fromEntries(
    MONTHS.flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1], ...(m === 'september' ? [['sept', 9]] : [])]),
  ),
);

export const DAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/**
 * Common English words that start sentences with a capital but are not names; a capitalised run is
 * trimmed of them at its start.
 */
export const COMMON_CAPS = set(
  'the a an and but or so yet for nor if when while after before since until as at by in on of to from with without ' +
    'about above across against along among around behind below beneath beside between beyond during except inside ' +
    'into near off onto outside over past through throughout toward towards under underneath unlike upon within ' +
    'this that these those there here then now today yesterday tomorrow earlier later meanwhile however moreover ' +
    'also still even only just both either neither each every all any some many most much more few several such ' +
    'no not other another what which who whom whose where why how whether it its he she they we i you his her ' +
    'their our my your him them us me one two three four five six seven eight nine ten first second third last next ' +
    'despite although though because unless once whereas hours days weeks months years experts analysts officials ' +
    'lawmakers critics sources residents asked speaking according citing separately instead thus therefore indeed ' +
    'yes perhaps maybe overall finally additionally furthermore already again almost nearly ' +
    'update updated published posted read watch share advertisement photo video image related source follow click ' +
    'following amid new old former ex senior top latest recent initial initially ' +
    'lawmaker president minister secretary spokesman director chief rep sen mr mrs ms dr prof gen reporting ' +
    'editing additional writing via wire staff operator carrier airline company firm startup regulator watchdog ' +
    'broadcaster lender insurer retailer chipmaker carmaker automaker miner drugmaker developer group giant rival ' +
    'debutant quick opener striker midfielder defender goalkeeper veteran rookie coach manager',
);

export const PREP = set([
  'of',
  'at',
  'in',
  'for',
  'from',
  'with',
  'by',
  'to',
  'on',
  'about',
  'against',
  'between',
  'among',
  'near',
  'under',
  'over',
  'into',
  'onto',
  'through',
  'during',
  'after',
  'before',
  'behind',
  'within',
  'without',
  'via',
  'toward',
  'towards',
  'across',
  'like',
  'than',
  'as',
  'including',
  'linked',
  'affiliated',
  'run',
  'owned',
]);

export const CLAUSE_BLOCK = set([
  'outside',
  'inside',
  'over',
  'through',
  'across',
  'near',
  'behind',
  'under',
  'via',
  'around',
  'along',
  'into',
  'onto',
  'against',
  'among',
  'amid',
  'despite',
  'beyond',
  'toward',
  'towards',
  'upon',
  'within',
  'without',
  'until',
  'since',
  'while',
  'following',
  'ahead',
  'alongside',
  'afterwards',
  'afterward',
  'instead',
  'there',
  'here',
  'goodbye',
  'thanks',
  'to',
  'of',
  'for',
  'with',
  'about',
  'at',
  'by',
  'from',
  'in',
  'on',
  'during',
  'after',
  'before',
  'as',
  'and',
  'or',
  'but',
  'so',
  'nothing',
  'anything',
  'something',
  'no',
  'yes',
  'hello',
  'sorry',
  'if',
  'whether',
  'how',
  'what',
  'why',
  'when',
  'where',
  'who',
  'which',
  'later',
  'earlier',
  'such',
  'otherwise',
]);

/** Determiners and quantifiers that open a noun phrase. */
export const DET = set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'one',
  'another',
  'two',
  'three',
  'several',
  'many',
  'some',
  'other',
]);

export const PRON = set(['he', 'she', 'it', 'they', 'we']);

export const SUBORD = set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'while',
  'when',
  'because',
  'although',
  'though',
  'and',
  'but',
  'that',
  'where',
  'once',
  'if',
  'whereas',
]);

export const INDEFINITE = set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many', 'other']);

export const CLAUSE_OPENERS = set([
  'if',
  'when',
  'unless',
  'although',
  'though',
  'because',
  'while',
  'once',
  'until',
  'before',
  'after',
  'as',
  'since',
  'and',
  'but',
  'or',
  'so',
  'whether',
  'than',
  'where',
  'unlike',
  'with',
  'without',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'to',
  'of',
  'not',
]);

export const NEGATION = set(['not', 'never', "n't", 'neither', 'nor', 'declined', 'refused']);

export const SUBJECT_STOP = set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'if',
  'because',
  'and',
  'or',
  'but',
  'as',
  'than',
  'to',
]);

export const PRONOUN_SUBJ = set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

export const MINOR = set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'de', 'la', '&']);

export const ORG_STOP = set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'la', 'du', 'des', 'der', 'und', '&', 'at']);

export const CONNECTORS = set([
  'of',
  'for',
  'de',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'on',
  'and',
  'the',
  '&',
  'du',
  'la',
  'del',
  'da',
  'dos',
  'das',
  'ibn',
  // surname particles ("Mohamed el Baradei", "Yosef ben Ami", "Marine le Pen", "Maria della Rovere")
  'el',
  'ben',
  'le',
  'di',
  'della',
]);

export const ABBREV = set(
  (
    'mr mrs ms dr prof rep sen gen lt col sgt capt gov st jr sr no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.u a.m p.m adm maj cpl pvt rev hon fig al dept univ approx est mt ft'
  ).split(' '),
);

export const COMMON_START = set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'as',
  'also',
  'then',
  'separately',
  'earlier',
  'later',
  'speaking',
  'asked',
  'this',
  'that',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'officials',
  'experts',
  'analysts',
  'both',
  'some',
  'many',
  'most',
  'others',
  'critics',
  'police',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'there',
  'here',
  'if',
  'so',
  'yet',
  'still',
  'now',
  'today',
  'yesterday',
]);

export const MONTH_SET = new Set(MONTHS);
