/** Word lists for the subject finder (attributor.ts): person nouns, organisation nouns and what they match. */
import { dict } from './lexicon.js';
export const PERSON_NOUNS = new Set([
  'youngster', 'teenager', 'teen', 'veteran', 'man', 'woman', 'boy', 'girl', 'mother', 'father', 'grandmother',
  'grandfather', 'widow', 'victim', 'survivor', 'resident', 'owner', 'driver', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'batter', 'bowler', 'batsman', 'rookie', 'debutant', 'winner', 'champion',
  'actor', 'actress', 'singer', 'star', 'artist', 'author', 'novelist', 'director', 'farmer', 'fisherman', 'nurse',
  'doctor', 'teacher', 'student', 'pensioner', 'retiree', 'father-of-two', 'mother-of-two', 'mum', 'dad', 'skipper',
  'captain', 'coach', 'manager', 'rider', 'cyclist', 'runner', 'swimmer', 'pilot', 'climber', 'entrepreneur', 'founder',
]);
export const NATIONAL_NOUN = /^(?:Briton|Brit|Dutchman|Dutchwoman|Frenchman|Frenchwoman|Englishman|Englishwoman|Scot|Welshman|Irishman|Irishwoman|Spaniard|Dane|Swede|Finn|Pole|Turk|Kiwi|Aussie|Australian|American|Canadian|German|Italian|Brazilian|Argentine|Argentinian|Mexican|Indian|Pakistani|Kenyan|Nigerian|Ethiopian|Japanese|Chinese|Korean|Belgian|Austrian|Swiss|Norwegian|Russian|Ukrainian|Colombian|Portuguese|Frenchman|Monegasque|Thai|Filipino|Jamaican|Ghanaian|Moroccan|Egyptian|Serb|Croat)$/;
export const COMPANY_KINDS: string[] = ['COMPANY'];
export const ORG_NOUN_MATCH: Record<string, { kinds: string[]; words: string[] }> = dict({
  company: { kinds: COMPANY_KINDS, words: [] },
  firm: { kinds: COMPANY_KINDS, words: [] },
  group: { kinds: COMPANY_KINDS, words: ['group'] },
  carmaker: { kinds: COMPANY_KINDS, words: ['motor', 'auto'] },
  automaker: { kinds: COMPANY_KINDS, words: ['motor', 'auto'] },
  chipmaker: { kinds: COMPANY_KINDS, words: ['semiconductor', 'chip'] },
  airline: { kinds: COMPANY_KINDS, words: ['air', 'airline', 'airways'] },
  carrier: { kinds: COMPANY_KINDS, words: ['air', 'airline', 'airways'] },
  lender: { kinds: COMPANY_KINDS, words: ['bank'] },
  retailer: { kinds: COMPANY_KINDS, words: [] },
  insurer: { kinds: COMPANY_KINDS, words: ['insurance'] },
  startup: { kinds: COMPANY_KINDS, words: [] },
  'start-up': { kinds: COMPANY_KINDS, words: [] },
  maker: { kinds: COMPANY_KINDS, words: [] },
  manufacturer: { kinds: COMPANY_KINDS, words: [] },
  operator: { kinds: COMPANY_KINDS, words: [] },
  developer: { kinds: COMPANY_KINDS, words: [] },
  producer: { kinds: COMPANY_KINDS, words: [] },
  supplier: { kinds: COMPANY_KINDS, words: [] },
  giant: { kinds: COMPANY_KINDS, words: [] },
  union: { kinds: [], words: ['union', 'association', 'federation', 'congress', 'guild', 'confederation', 'alliance', 'workers', 'brotherhood'] },
  bank: { kinds: [], words: ['bank', 'reserve'] },
  regulator: { kinds: ['GOVERNMENT_AGENCY'], words: ['commission', 'authority', 'regulat', 'watchdog', 'ombudsman', 'inspectorate'] },
  watchdog: { kinds: ['GOVERNMENT_AGENCY'], words: ['commission', 'authority', 'regulat', 'watchdog', 'ombudsman', 'inspectorate'] },
  police: { kinds: [], words: ['police', 'constabulary', 'sheriff'] },
  officers: { kinds: [], words: ['police', 'constabulary', 'sheriff'] },
  force: { kinds: [], words: ['police', 'force'] },
  ministry: { kinds: [], words: ['ministry', 'department'] },
  department: { kinds: [], words: ['department', 'ministry'] },
  government: { kinds: ['GOVERNMENT'], words: ['government'] },
  university: { kinds: ['UNIVERSITY'], words: [] },
  newspaper: { kinds: ['MEDIA'], words: [] },
  broadcaster: { kinds: ['MEDIA'], words: [] },
  military: { kinds: ['MILITARY'], words: ['army', 'military', 'forces'] },
  army: { kinds: ['MILITARY'], words: ['army'] },
  prosecutors: { kinds: [], words: ['prosecut', 'attorney'] },
  organisation: { kinds: ['INTERNATIONAL', 'OTHER'], words: ['organisation', 'organization'] },
  organization: { kinds: ['INTERNATIONAL', 'OTHER'], words: ['organisation', 'organization'] },
  charity: { kinds: ['OTHER'], words: ['charity', 'foundation', 'trust'] },
  club: { kinds: [], words: ['club', ' fc', 'united', 'city', 'athletic', 'wanderers', 'rovers', 'rangers', 'albion', 'hotspur'] },
  side: { kinds: [], words: ['club', ' fc', 'united', 'city', 'athletic', 'wanderers', 'rovers', 'rangers', 'albion', 'hotspur'] },
  utility: { kinds: [], words: ['electric', 'power', 'energy', 'gas', 'water', 'utilit', 'light'] },
  chain: { kinds: COMPANY_KINDS, words: [] },
  miner: { kinds: COMPANY_KINDS, words: ['mining', 'minera', 'resources'] },
  drugmaker: { kinds: COMPANY_KINDS, words: ['pharma', 'therapeutics', 'bio'] },
  publisher: { kinds: COMPANY_KINDS, words: ['books', 'press', 'publish'] },
  district: { kinds: [], words: ['district'] },
  board: { kinds: [], words: ['board'] },
  association: { kinds: [], words: ['association'] },
  team: { kinds: [], words: ['team'] },
  agency: { kinds: ['GOVERNMENT_AGENCY', 'INTERNATIONAL'], words: ['agency'] },
});
export const ORG_HEAD_WORDS = new Set([
  'council', 'commission', 'committee', 'office', 'agency', 'authority', 'board', 'court', 'party', 'alliance', 'confederation',
  'association', 'federation', 'institute', 'foundation', 'service', 'bureau', 'directorate', 'administration', 'coalition',
  'league', 'society', 'trust', 'centre', 'center', 'hospital', 'hospice', 'school', 'church', 'network', 'corporation', 'ministry',
  'department', 'union', 'police', 'bank', 'government', 'military', 'army', 'navy', 'embassy', 'consulate', 'parliament',
  'assembly', 'senate', 'congress', 'cabinet', 'presidency', 'palace', 'secretariat', 'inspectorate', 'watchdog',
  'festival', 'museum', 'gallery', 'theatre', 'theater', 'orchestra', 'airport', 'college', 'academy', 'clinic', 'charity',
]);
export const GENERIC_MODS = new Set(['central', 'national', 'federal', 'state', 'local', 'regional', 'main', 'opposition', 'ruling', 'new', 'former', 'top', 'european', 'global', 'international', 'world', 'country', "country's", 'nation', "nation's", 'largest', 'biggest', 'lender', 'tech', 'private', 'public', 'governing', 'powerful', 'influential', 'independent', 'official', 'investment', 'steel', 'oil', 'energy', 'chip', 'software', 'video', 'streaming', 'social', 'media', 'u.s', 'japanese', 'chinese', 'german', 'french', 'british', 'american', 'korean', 'indian']);
export const COMMON_START = new Set(['the', 'a', 'an', 'but', 'and', 'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'as', 'also', 'then', 'separately', 'earlier', 'later', 'speaking', 'asked', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'officials', 'experts', 'analysts', 'both', 'some', 'many', 'most', 'others', 'critics', 'police', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'there', 'here', 'if', 'so', 'yet', 'still', 'now', 'today', 'yesterday']);
export const BARE_ORG_NOUNS = new Set(['police', 'officers', 'prosecutors']);

export function stripPoss(s: string): string {
  return s.replace(/['’]s$/, '');
}
