/**
 * lexicon: every word list the rules use, as data, one copy each, grouped by domain. Reads nothing; the stages import
 * the file they need. This index lists the domains (the lexicon test walks it).
 */
export * as clauseWords from './clause-words.js';
export * as functionWords from './function-words.js';
export * as nameForms from './name-forms.js';
export * as organisationWords from './organisation-words.js';
export * as personWords from './person-words.js';
export * as places from './places.js';
export * as reportedClauseWords from './reported-clause-words.js';
export * as speechVerbs from './speech-verbs.js';
export * as subjectModifiers from './subject-modifiers.js';
export * as titles from './titles.js';
export * as verbWords from './verb-words.js';
