/**
 * Titles and honorifics that precede a name, their gendered forms and role modifiers, letters after a name.
 * Data only: no rules.
 */
import { set } from './words.js';

/** Letters after a name: honours, degrees, offices, generational suffixes (case-sensitive). */
export const POSTNOMINALS = set([
  'KC',
  'QC',
  'MP',
  'MEP',
  'MSP',
  'MS',
  'MLA',
  'AM',
  'TD',
  'PhD',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'Jr',
  'Sr',
  'II',
  'III',
  'IV',
]);

/** Honorifics and titles that precede a name (lower-case, without the final period). */
export const TITLES = set(
  'mr mrs ms miss mx dr prof professor rep sen senator representative congressman congresswoman lawmaker legislator ' +
    'president vice premier chancellor minister secretary governor mayor ambassador envoy general gen lt col colonel ' +
    'major maj capt captain admiral adm sgt sergeant commander chief director spokesman spokeswoman spokesperson ' +
    'king queen prince princess pope sheikh emir sultan ayatollah cardinal bishop rev reverend father sir dame lord lady ' +
    'judge justice attorney chairman chairwoman chair ceo cfo founder leader head deputy officer official inspector insp det supt cpl pte ' +
    'superintendent coach mp mep speaker councillor councilor assemblyman assemblywoman marshal brigadier lieutenant ' +
    'secretary-general undersecretary under-secretary prosecutor commissioner detective constable dean ' +
    'treasurer economist analyst researcher fellow expert lecturer member counsel adviser advisor aide ' +
    'strategist diplomat negotiator correspondent reporter editor columnist author writer activist candidate nominee ' +
    'executive gov sheriff cllr coroner cto coo cio cmo cso co-founder cofounder president-elect premier-elect magistrate ' +
    'barrister solicitor advocate chancellor-elect principal headteacher headmaster headmistress manager skipper ' +
    'ombudsman auditor registrar provost rector imam rabbi pastor archbishop ' +
    'metropolitan patriarch monsignor deputy-sheriff alderman selectman supervisor trustee regent ' +
    'minister-president taoiseach tanaiste mla msp mk senator-elect governor-general lt-gen maj-gen brig-gen ' +
    'councilman councilwoman councilmember delegate congressmember comrade alhaji alhaja mallam nana otunba sp asp dsp csp acp dcp igp',
);

/**
 * Titles that are part of the name when a lone name follows: "Sheikh Hasina" is the name the press uses
 * (she is not "Hasina", and not male), while "Sheikh Mohammed bin Rashid" is a title and a full name.
 */
export const NAME_PART_TITLES = set('sheikh sheikha');

/** Titles that also tell gender. */
export const MALE_TITLES = set(
  'mr sir king prince lord father congressman spokesman chairman assemblyman emir sultan sheikh',
);

export const FEMALE_TITLES = set(
  'mrs ms miss dame queen princess lady congresswoman spokeswoman chairwoman assemblywoman',
);

/** Words that form the role part of a title ("Defense Secretary", "Foreign Minister"). */
export const TITLE_MODIFIERS = set(
  'defense defence foreign interior finance prime vice deputy acting former state general chief executive senior ' +
    'national security intelligence health education trade justice home economy unification culture transport ' +
    'energy environment agriculture labor labour industry commerce treasury war navy army air supreme joint ' +
    'presidential special first assistant associate press military top spy',
);

export const HONORIFICS = set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'prof']);
