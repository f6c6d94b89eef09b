/**
 * Organisation words: name heads and their kinds, well-known bodies, common nouns that refer to an organisation
 * ("the company", "police"), acronyms that are not organisations, names of laws and treaties.
 * Data only: no rules.
 */
import { set, dict, list } from './words.js';

/** Role nouns that stand for the organisation they head ("the NIS chief told lawmakers"). */
export const ORG_ROLE_NOUNS = set(
  'chief head director spokesman spokeswoman spokesperson official officials chairman chair president minister ' +
    'secretary-general commander boss leadership statement',
);

/** Head words of organisation names → kind. */
export const ORG_HEADS: Record<string, string> = dict(
  Object.fromEntries(
    [
      ['university college school academy polytechnic elementary', 'UNIVERSITY'],
      [
        'institute institution center centre foundation council studies think-tank initiative endowment forum',
        'THINK_TANK',
      ],
      [
        'army navy force forces corps command brigade division regiment battalion guard guards military marines fleet militia',
        'MILITARY',
      ],
      [
        'ministry department agency service directorate bureau office administration commission authority police constabulary inspectorate secretariat district',
        'GOVERNMENT_AGENCY',
      ],
      ['government cabinet presidency kremlin pentagon', 'GOVERNMENT'],
      ['assembly parliament congress senate duma diet knesset bundestag legislature committee caucus', 'LEGISLATURE'],
      [
        'news sports presse prensa zeitung post times herald journal tribune gazette telegraph guardian press broadcasting broadcaster television tv radio media newspaper daily chronicle observer economist monitor wire network channel express mail',
        'MEDIA',
      ],
      ['nations union alliance organization organisation', 'INTERNATIONAL'],
      [
        'inc corp corporation ltd llc plc company co group bank holdings motors electronics airlines airways technologies industries systems partners capital securities energy ' +
          'semiconductor semiconductors pharmaceuticals pharma therapeutics biotech labs laboratories robotics software networks telecom ' +
          'communications studios entertainment resources mining petroleum oil gas steel chemicals logistics shipping insurance financial ' +
          'ventures brands retail stores markets solutions dynamics aerospace automotive electric power utilities construction realty ' +
          'properties hotels resorts foods beverages brewery breweries motorworks auto autos devices ' +
          'investments asset management advisors consulting enterprises ag sa gmbh nv bv spa ' +
          'llp lp pty kk air',
        'COMPANY',
      ],
      [
        'party association federation confederation church league movement front society club network coalition court tribunal fund ' +
          'board trust watchdog regulator consortium cooperative co-operative syndicate taskforce task-force charity hospital hospice ' +
          'clinic museum library gardens zoo observatory orchestra brigade team fc campaign project',
        'OTHER',
      ],
    ].flatMap(([words, kind]) => words.split(' ').map((w) => [w, kind])),
  ),
);

/** Well-known organisations: alias (lower-case) → [canonical name, acronym, kind]. */
export const KNOWN_ORGS: Record<string, [string, string | null, string]> = dict({});
for (const line of list(
  'NATO;NATO;INTERNATIONAL;nato,north atlantic treaty organization,north atlantic treaty organisation|' +
    'United Nations;UN;INTERNATIONAL;un,u.n,united nations|European Union;EU;INTERNATIONAL;eu,european union|' +
    'International Atomic Energy Agency;IAEA;INTERNATIONAL;iaea|World Health Organization;WHO;INTERNATIONAL;world health organization|' +
    'International Monetary Fund;IMF;INTERNATIONAL;imf|World Bank;null;INTERNATIONAL;world bank|' +
    'Associated Press;AP;MEDIA;ap,associated press,the associated press|Agence France-Presse;AFP;MEDIA;afp,agence france-presse,agence france presse|' +
    'Reuters;null;MEDIA;reuters|Yonhap;null;MEDIA;yonhap,yonhap news agency|TASS;TASS;MEDIA;tass|KCNA;KCNA;MEDIA;kcna,korean central news agency|' +
    'BBC;BBC;MEDIA;bbc|CNN;CNN;MEDIA;cnn|Bloomberg;null;MEDIA;bloomberg|Xinhua;null;MEDIA;xinhua|Kyodo;null;MEDIA;kyodo|' +
    'BSS;BSS;MEDIA;bss,bangladesh sangbad sangstha|Al Jazeera;null;MEDIA;al jazeera|Interfax;null;MEDIA;interfax|RIA Novosti;null;MEDIA;ria novosti,ria|' +
    'Ukrinform;null;MEDIA;ukrinform|NHK;NHK;MEDIA;nhk|Astra;null;MEDIA;astra|' +
    'White House;null;GOVERNMENT;white house|Kremlin;null;GOVERNMENT;kremlin|Pentagon;null;GOVERNMENT_AGENCY;pentagon|' +
    'State Department;null;GOVERNMENT_AGENCY;state department|Downing Street;null;GOVERNMENT;downing street|' +
    'Hezbollah;null;OTHER;hezbollah|Hamas;null;OTHER;hamas|Taliban;null;OTHER;taliban|' +
    'Central Intelligence Agency;CIA;GOVERNMENT_AGENCY;cia|Federal Bureau of Investigation;FBI;GOVERNMENT_AGENCY;fbi|' +
    'Joint Chiefs of Staff;JCS;MILITARY;jcs,joint chiefs of staff',
)) {
  const [name, acr, kind, aliases] = line.split(';');
  for (const a of aliases.split(',')) KNOWN_ORGS[a] = [name, acr === 'null' ? null : acr, kind];
}

/** All-caps tokens that are not organisations. */
export const NON_ORG_ACRONYMS = set(
  'us usa uk uae dprk rok prc ussr tv ok am pm gmt utc id ii iii iv vi vii viii ix xi ceo cfo gdp covid ai ' +
    'ap fm i a ad bc km kg mw q1 q2 q3 q4 dc eu-wide vs rip faq pdf jpg usd eur krw jpy cny rub tbd',
);
// note: AP is handled by KNOWN_ORGS before this list is consulted.

/** Last words of names of laws and treaties ("Digital Markets Act", "Paris Agreement"): not speakers. Not "Programme" or "Strategy": "World Food Programme" speaks. */
export const LAW_HEADS = set(
  'act acts bill treaty accord accords agreement convention protocol directive regulation regulations charter doctrine amendment',
);

export const ORG_WORDS = set(
  (
    'fire rescue relief aid future action watch rights alert care health energy power water life earth peace hope justice ' +
    'freedom liberty solidarity unity progress reform change voice sports news weather gardens garden zoo elementary ' +
    'aviation services solutions resources systems media mobile telecom capital partners works worldwide labs studio ' +
    'records pictures films games books press presse sanhita code act bill country county district free green medical ' +
    'national royal civil public general central federal democratic republican liberal labour labor conservative ' +
    'international global world united new state city town village valley river lake mountain island coast forest ' +
    'airport station hospital clinic school college church temple mosque market street road avenue square park bridge'
  ).split(' '),
);

export const CIVIC_HEADS = set(['city', 'town', 'county', 'borough', 'municipality', 'village', 'township']);

export const CLUB_WORDS = set([
  'united',
  'athletic',
  'wanderers',
  'rovers',
  'rangers',
  'albion',
  'hotspur',
  'fc',
  'afc',
  'rfc',
]);

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
  union: {
    kinds: [],
    words: [
      'union',
      'association',
      'federation',
      'congress',
      'guild',
      'confederation',
      'alliance',
      'workers',
      'brotherhood',
    ],
  },
  bank: { kinds: [], words: ['bank', 'reserve'] },
  regulator: {
    kinds: ['GOVERNMENT_AGENCY'],
    words: ['commission', 'authority', 'regulat', 'watchdog', 'ombudsman', 'inspectorate'],
  },
  watchdog: {
    kinds: ['GOVERNMENT_AGENCY'],
    words: ['commission', 'authority', 'regulat', 'watchdog', 'ombudsman', 'inspectorate'],
  },
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
  club: {
    kinds: [],
    words: ['club', ' fc', 'united', 'city', 'athletic', 'wanderers', 'rovers', 'rangers', 'albion', 'hotspur'],
  },
  side: {
    kinds: [],
    words: ['club', ' fc', 'united', 'city', 'athletic', 'wanderers', 'rovers', 'rangers', 'albion', 'hotspur'],
  },
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

export const ORG_HEAD_WORDS = set([
  'council',
  'commission',
  'committee',
  'office',
  'agency',
  'authority',
  'board',
  'court',
  'party',
  'alliance',
  'confederation',
  'association',
  'federation',
  'institute',
  'foundation',
  'service',
  'bureau',
  'directorate',
  'administration',
  'coalition',
  'league',
  'society',
  'trust',
  'centre',
  'center',
  'hospital',
  'hospice',
  'school',
  'church',
  'network',
  'corporation',
  'ministry',
  'department',
  'union',
  'police',
  'bank',
  'government',
  'military',
  'army',
  'navy',
  'embassy',
  'consulate',
  'parliament',
  'assembly',
  'senate',
  'congress',
  'cabinet',
  'presidency',
  'palace',
  'secretariat',
  'inspectorate',
  'watchdog',
  'festival',
  'museum',
  'gallery',
  'theatre',
  'theater',
  'orchestra',
  'airport',
  'college',
  'academy',
  'clinic',
  'charity',
]);

export const GENERIC_MODS = set([
  'central',
  'national',
  'federal',
  'state',
  'local',
  'regional',
  'main',
  'opposition',
  'ruling',
  'new',
  'former',
  'top',
  'european',
  'global',
  'international',
  'world',
  'country',
  "country's",
  'nation',
  "nation's",
  'largest',
  'biggest',
  'lender',
  'tech',
  'private',
  'public',
  'governing',
  'powerful',
  'influential',
  'independent',
  'official',
  'investment',
  'steel',
  'oil',
  'energy',
  'chip',
  'software',
  'video',
  'streaming',
  'social',
  'media',
  'u.s',
  'japanese',
  'chinese',
  'german',
  'french',
  'british',
  'american',
  'korean',
  'indian',
]);

export const BARE_ORG_NOUNS = set(['police', 'officers', 'prosecutors']);

export const PUBLIC_BODY_HEADS = set([
  'department',
  'ministry',
  'agency',
  'office',
  'council',
  'commission',
  'committee',
  'authority',
  'board',
  'bureau',
  'service',
  'inspectorate',
  'regulator',
]);

export const MINISTRY_NAMES: Record<string, string> = dict({
  foreign: 'Foreign Affairs',
  defense: 'Defense',
  defence: 'Defence',
  interior: 'Interior',
  health: 'Health',
  commerce: 'Commerce',
  finance: 'Finance',
  energy: 'Energy',
  justice: 'Justice',
  education: 'Education',
  trade: 'Trade',
  unification: 'Unification',
  agriculture: 'Agriculture',
  environment: 'Environment',
  labour: 'Labour',
  labor: 'Labor',
  transport: 'Transport',
  economy: 'Economy',
  culture: 'Culture',
});
