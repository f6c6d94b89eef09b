/**
 * Verb words: auxiliaries and modals, adverbs that stand around a verb, finite forms that make a clause.
 * Data only: no rules.
 */
import { set } from './words.js';

export const BE = set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "it's", 'get', 'got']);

/** Modal and auxiliary verbs between a subject and its verb ("X would say", "X did not say"). */
export const MODALS = set([
  'has',
  'have',
  'had',
  'would',
  'will',
  'could',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
]);

/** Adverbs that stand between a subject and its verb ("X also said", "X later told"). */
export const MID_ADVERBS = set([
  'also',
  'never',
  'later',
  'then',
  'again',
  'reportedly',
  'publicly',
  'privately',
  'repeatedly',
  'recently',
  'previously',
  'separately',
  'initially',
  'once',
  'openly',
  'still',
  'subsequently',
  'similarly',
]);

export const AUX = set([
  ...MID_ADVERBS,
  ...MODALS,
  'not',
  'earlier',
  'now',
  'long',
  'further',
  'firmly',
  'flatly',
  'bluntly',
  'strongly',
  'clearly',
  'explicitly',
  'simply',
  'only',
  'just',
  'already',
  'however',
  'first',
  'last',
  'this',
  'week',
  'month',
  'year',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'late',
  'early',
  'weekend',
  'angrily',
  'quietly',
  'cautiously',
  'confidently',
  'frankly',
  'insistently',
  'emphatically',
  'categorically',
  'sharply',
  'tersely',
  'briefly',
  'formally',
  'officially',
  'directly',
  'personally',
  'finally',
  'too',
  'both',
  'all',
  'each',
  'even',
  'nonetheless',
  'immediately',
  'yet',
  'meanwhile',
  'additionally',
  'likewise',
]);

export const NOT_AFTER = set([
  ...MODALS,
  'each',
  'both',
  'all',
  'first',
  'only',
  'just',
  'even',
  'too',
  'once',
  'long',
  'further',
  'still',
  'not',
  'never',
  'then',
  'now',
]);

export const VERB_ADVERBS = set([...MID_ADVERBS, 'often', 'always', 'frequently', 'sometimes', 'famously']);

/** Finite forms shared by the clause and participle checks: is/was/has and irregular pasts. */
export const FINITE_FORMS = set(
  'said told made took gave got went came saw knew thought found left kept held sent spent lost won ran became began brought bought built fell felt grew heard led met paid put rose set sold stood struck taught meant shut cut hit let quit spread has is was were are',
);

/** Other finite forms that take a subject before a participle ("X said, adding …"). */
export const PAST_EXTRA = set(
  'wrote spoke drew threw chose broke drove flew rode sang swore tore wore woke urges says tells adds warns',
);

/** Auxiliaries and negated forms that make a clause finite ("the presence … could be"). */
export const FINITE_EXTRA = set([
  ...MODALS,
  'be',
  'been',
  'can',
  "won't",
  "can't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "doesn't",
  "didn't",
  "wouldn't",
  "couldn't",
  "shouldn't",
]);
