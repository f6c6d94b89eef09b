/**
 * Word lists used by the rules. Kept as space/pipe separated strings so the bundle stays small.
 * All lookups are lower-case unless noted.
 */

export const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
/** A dictionary without a prototype: "constructor" or "toString" are not keys. */
export const dict = <T>(o: Record<string, T>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, o);
const list = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

// ------------------------------------------------------------------ speech verbs

/** Verbs of saying: lemma → whether a bare complement clause (no "that") may follow. */
const SAY_BARE = set(
  'say tell add note warn argue claim explain insist write ask acknowledge stress emphasise emphasize state ' +
    'declare assert maintain contend suggest predict recall remark observe comment reply respond answer retort ' +
    'admit concede allege inform assure promise vow pledge threaten complain lament boast joke quip tweet testify ' +
    'estimate conclude reiterate repeat underline underscore highlight mention indicate counter ' +
    'shout exclaim whisper recount specify clarify affirm hint forecast reassure advise recommend propose ' +
    'speculate caution brief tell hope fear think believe chant sing scream yell',
);
/** Verbs that only introduce reported speech with "that" (otherwise they take an ordinary object). */
const SAY_THAT = set(
  'confirm reveal report announce deny disclose signal post charge accuse acknowledge point show find hold rule ' +
    'order instruct decide determine certify',
);
/** Verbs that attribute a quoted phrase but do not introduce a clause ("called it a “lie”"). */
const ATTRIB_ONLY = set(
  'call describe dismiss brand label term denounce condemn criticise criticize praise hail slam blast ' +
    'characterise characterize refer cite urge demand plead appeal welcome apologise apologize thank remember',
);
/** Manner verbs of feature writing ("“…,” she laughs."): attribute a marked quote, never introduce reported speech. */
const MANNER = set('laugh chuckle smile grin shrug sigh nod continue muse interject');
/** Verbs that are opinion rather than speech: used only with explicit quote marks, never for INDIRECT. */
const NOT_INDIRECT = set('think believe hope fear');

const IRREGULAR: Record<string, string[]> = dict({
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  think: ['thought', 'thinks', 'thinking'],
  find: ['found', 'finds', 'finding'],
  show: ['showed', 'shows', 'showing', 'shown'],
  speak: ['spoke', 'speaks', 'speaking'],
});

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const out = [lemma];
  let stem = lemma;
  if (lemma.endsWith('e')) {
    stem = lemma.slice(0, -1);
    out.push(`${lemma}d`, `${lemma}s`, `${stem}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    stem = lemma.slice(0, -1);
    out.push(`${stem}ied`, `${stem}ies`, `${lemma}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    out.push(`${lemma}ed`, `${lemma}es`, `${lemma}ing`);
  } else if (/^(admit|commit|quip|plan|regret|refer)$/.test(lemma)) {
    const d = lemma + lemma.slice(-1);
    out.push(`${d}ed`, `${lemma}s`, `${d}ing`);
  } else {
    out.push(`${lemma}ed`, `${lemma}s`, `${lemma}ing`);
  }
  return out;
}

export interface CueInfo {
  lemma: string;
  /** May introduce reported speech without quote marks. */
  indirect: 'bare' | 'that' | 'no';
  gerund: boolean;
}

export const CUES = new Map<string, CueInfo>();
for (const [lemmas, mode] of [
  [SAY_BARE, 'bare'],
  [SAY_THAT, 'that'],
  [ATTRIB_ONLY, 'no'],
  [MANNER, 'no'],
] as const) {
  for (const l of lemmas) {
    for (const f of inflect(l)) {
      if (CUES.has(f)) continue;
      const m = NOT_INDIRECT.has(l) ? 'no' : mode;
      CUES.set(f, { lemma: l, indirect: m, gerund: f.endsWith('ing') });
    }
  }
}
// the bare lemma "call" / "report" etc. as nouns are common; nouns that collide with cue forms:
/** Forms that are also nouns ("reports of", "the claim that"): cues only right after a subject-like word. */
export const AMBIGUOUS_CUES = new Set([
  'report',
  'reports',
  'post',
  'posts',
  'charge',
  'charges',
  'comment',
  'comments',
  'answer',
  'answers',
  'state',
  'states',
  'call',
  'calls',
  'hope',
  'hopes',
  'fear',
  'fears',
  'find',
  'estimate',
  'estimates',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'reply',
  'replies',
  'joke',
  'jokes',
  'tweet',
  'tweets',
  'counter',
  'brief',
  'remark',
  'remarks',
  'advise',
  'appeal',
  'appeals',
  'demand',
  'demands',
  'welcome',
  'repeat',
  'signal',
  'signals',
  'hint',
  'hints',
  'forecast',
  'forecasts',
  'label',
  'labels',
  'term',
  'terms',
  'cite',
  'praise',
  'blast',
  'highlight',
  'highlights',
  'mention',
  'boast',
  'claim',
  'claims',
  'vow',
  'vows',
  'warning',
  'warnings',
  'finding',
  'findings',
  'ruling',
  'briefing',
  'writing',
  'posting',
  'reporting',
  'thinking',
  'calling',
  'notes',
  'note',
  'insists',
  'stress',
  'concern',
  'concerns',
  'question',
  'questions',
  'tell',
  'say',
  'add',
  'ask',
  'request',
  'requests',
  'urge',
  'threat',
  'threats',
  'denial',
  'denials',
  'admission',
  // manner verbs that are also nouns ("with a laugh", "a shrug")
  'laugh',
  'laughs',
  'smile',
  'smiles',
  'grin',
  'grins',
  'shrug',
  'shrugs',
  'sigh',
  'sighs',
  'nod',
  'nods',
  'continue',
  'continues',
  'continued',
]);
for (const noun of [
  'report',
  'reports',
  'post',
  'posts',
  'charge',
  'charges',
  'show',
  'shows',
  'comment',
  'comments',
  'answer',
  'answers',
  'state',
  'states',
  'call',
  'calls',
  'hope',
  'fear',
  'fears',
  'find',
  'estimate',
  'estimates',
  'promise',
  'pledge',
  'reply',
  'joke',
  'tweet',
  'tweets',
  'counter',
  'brief',
  'remark',
  'remarks',
  'advise',
  'concern',
  'appeal',
  'demand',
  'demands',
  'welcome',
  'think',
  'believe',
  'repeat',
  'speaking',
  'signal',
  'signals',
  'hint',
  'forecast',
  'point',
  'points',
  'label',
  'term',
  'cite',
  'praise',
  'blast',
  'highlight',
  'mention',
  'boast',
  'finding',
  'writing',
  'posting',
  'briefing',
  'ruling',
  'thinking',
  'reporting',
  'findings',
  'statement',
]) {
  const c = CUES.get(noun);
  if (c) CUES.set(noun, { ...c, indirect: 'no' });
}
// lemma forms of finite verbs are fine after plural subjects ("analysts say", "officials warn")
for (const f of [
  'say',
  'warn',
  'argue',
  'claim',
  'insist',
  'believe',
  'note',
  'suggest',
  'estimate',
  'predict',
  'tell',
  'add',
  'explain',
  'fear',
]) {
  const c = CUES.get(f);
  if (c && f !== 'believe' && f !== 'fear') CUES.set(f, { ...c, indirect: 'bare' });
}
// speaking itself is a cue of the "Speaking to reporters, X said" frame, not a quote verb
CUES.delete('speaking');
CUES.delete('point');
CUES.delete('points');
for (const f of ['show', 'shows', 'showed', 'showing', 'shown', 'find', 'finds', 'found', 'finding']) CUES.delete(f);

// ------------------------------------------------------------------ names and titles

/** Letters after a name: honours, degrees, offices, generational suffixes (case-sensitive). */
export const POSTNOMINALS = new Set([
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
    'secretary-general undersecretary under-secretary prosecutor commissioner detective constable dean chancellor ' +
    'treasurer economist analyst researcher fellow expert professor lecturer member counsel adviser advisor aide ' +
    'strategist diplomat negotiator correspondent reporter editor columnist author writer activist candidate nominee ' +
    'executive gov sheriff cllr coroner cto coo cio cmo cso co-founder cofounder president-elect premier-elect magistrate ' +
    'barrister solicitor advocate chancellor-elect principal headteacher headmaster headmistress manager skipper ' +
    'superintendent inspector constable commissioner ombudsman auditor registrar provost rector imam rabbi pastor archbishop ' +
    'metropolitan patriarch cardinal monsignor sheriff deputy-sheriff alderman selectman supervisor trustee regent ' +
    'minister-president taoiseach tanaiste mla msp mep mk msp senator-elect governor-general lt-gen maj-gen brig-gen ' +
    'councilman councilwoman councilmember delegate congressmember comrade alhaji alhaja mallam nana otunba chief sp asp dsp csp acp dcp igp',
);
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

/** Person-group nouns: they speak, but they are never a person or an organisation. */
export const GROUP_NOUNS = set(
  'lawmakers legislators officials analysts experts observers critics diplomats sources researchers scholars ' +
    'residents witnesses investigators authorities activists protesters leaders ministers soldiers troops people ' +
    'residents citizens voters members scientists economists commentators media reports reporters journalists ' +
    'insiders aides advisers advisors politicians opponents supporters officers spokespeople students teachers ' +
    'doctors nurses workers executives lawyers prosecutors police villagers locals families parents groups ' +
    'others many some several few both all most one another someone nobody everyone instructors',
);

/** Role nouns that stand for the organisation they head ("the NIS chief told lawmakers"). */
export const ORG_ROLE_NOUNS = set(
  'chief head director spokesman spokeswoman spokesperson official officials chairman chair president minister ' +
    'secretary-general commander boss leadership statement',
);

export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = dict({
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
});

// ------------------------------------------------------------------ organisations

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

// ------------------------------------------------------------------ places

export const COUNTRIES = list(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|' +
    'Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|' +
    'Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|' +
    'Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|' +
    'Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|' +
    'Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|' +
    'Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|' +
    'Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|' +
    'Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|' +
    'Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|' +
    'Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|' +
    'Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkiye|Türkiye|Turkmenistan|Uganda|' +
    'Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|United States|America|' +
    'Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Korea|Gaza|West Bank|Hong Kong|Macau|Tibet|Crimea|' +
    'Europe|Asia|Africa|Latin America|Middle East|Indo-Pacific|Korean Peninsula|the West|Kashmir|Chechnya|Donbas|Kosovo',
);

/** Capitals and cities used as metonyms for governments: city → country. */
export const CAPITALS: Record<string, string> = dict(
  Object.fromEntries(
    list(
      'Seoul=South Korea|Pyongyang=North Korea|Moscow=Russia|Beijing=China|Washington=United States|Kyiv=Ukraine|Kiev=Ukraine|' +
        'Tokyo=Japan|London=United Kingdom|Paris=France|Berlin=Germany|Tehran=Iran|Ankara=Turkey|New Delhi=India|Delhi=India|' +
        'Islamabad=Pakistan|Kabul=Afghanistan|Baghdad=Iraq|Damascus=Syria|Jerusalem=Israel|Cairo=Egypt|Riyadh=Saudi Arabia|' +
        'Rome=Italy|Madrid=Spain|Ottawa=Canada|Canberra=Australia|Brussels=European Union|Taipei=Taiwan|Hanoi=Vietnam|' +
        'Manila=Philippines|Jakarta=Indonesia|Bangkok=Thailand|Minsk=Belarus|Warsaw=Poland|Dhaka=Bangladesh|Doha=Qatar|' +
        'Havana=Cuba|Caracas=Venezuela|Stockholm=Sweden|Helsinki=Finland|Oslo=Norway|Beirut=Lebanon|Amman=Jordan',
    ).map((kv) => kv.split('=') as [string, string]),
  ),
);

/** Other place names often met in news (not governments). */
export const CITIES = list(
  'Vladivostok|Khabarovsk|Ussuriysk|Kursk|Donetsk|Luhansk|Kharkiv|Odesa|Odessa|Kherson|Mariupol|Zaporizhzhia|Bakhmut|' +
    'Busan|Incheon|Daegu|Gwangju|Shanghai|Shenzhen|Guangzhou|Hong Kong|Osaka|Kyoto|New York|Los Angeles|Chicago|Houston|' +
    'San Francisco|Boston|Geneva|Vienna|Munich|Frankfurt|Hamburg|Milan|Barcelona|Istanbul|Dubai|Mumbai|Karachi|Lagos|' +
    'Nairobi|Johannesburg|Sydney|Melbourne|Toronto|Vancouver|Montreal|Sao Paulo|Rio de Janeiro|Mexico City|Buenos Aires|' +
    'St Petersburg|Saint Petersburg|Sochi|Kaliningrad|Belgorod|Rostov|Lviv|Dnipro|Siberia|Far East|Russian Far East|' +
    'Panmunjom|Kaesong|Sinuiju|Wonsan|Hamhung|Yongbyon|Sohae|Gangwon|Gyeonggi|Jeju|Okinawa|Hokkaido|Xinjiang|Guam|Hawaii|' +
    'California|Texas|Florida|Virginia|Pennsylvania|Michigan|Ohio|Arizona|Nevada|Wisconsin|Kursk region|Donbas|Gaza City|' +
    'Perth|Adelaide|Brisbane|Auckland|Wellington|Christchurch|Cape Town|Durban|Accra|Abuja|Kampala|Addis Ababa|Kinshasa|' +
    'Tel Aviv|Ramallah|Aleppo|Idlib|Mosul|Basra|Kandahar|Lahore|Chennai|Kolkata|Bangalore|Yokohama|Nagoya|Sapporo|Ho Chi Minh City|' +
    // the remaining U.S. states and large U.S. cities whose names are not also given names
    'Alabama|Alaska|Arkansas|Colorado|Connecticut|Delaware|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|' +
    'Massachusetts|Minnesota|Mississippi|Missouri|Montana|Nebraska|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|' +
    'Oklahoma|Oregon|Rhode Island|South Carolina|South Dakota|Tennessee|Utah|Vermont|West Virginia|Wyoming|Portland|Seattle|' +
    'Denver|Atlanta|Detroit|Miami|Minneapolis|Philadelphia|Pittsburgh|Cleveland|Cincinnati|Baltimore|Sacramento|Tulsa|' +
    'Oklahoma City|Spokane|Salt Lake City|Nashville|New Orleans|Milwaukee|Albuquerque|Tucson|Las Vegas|San Diego|San Antonio',
);

export const PLACE_SET = new Set([...COUNTRIES, ...Object.keys(CAPITALS), ...CITIES].map((s) => s.toLowerCase()));
export const COUNTRY_SET = new Set(COUNTRIES.map((s) => s.toLowerCase()));

/** Country aliases → canonical country name. */
export const COUNTRY_ALIASES: Record<string, string> = dict({
  'u.s': 'United States',
  us: 'United States',
  usa: 'United States',
  'united states': 'United States',
  america: 'United States',
  'u.k': 'United Kingdom',
  uk: 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  dprk: 'North Korea',
  rok: 'South Korea',
  prc: 'China',
  'the north': 'North Korea',
  'the south': 'South Korea',
  turkiye: 'Turkey',
  türkiye: 'Turkey',
  burma: 'Myanmar',
  czechia: 'Czech Republic',
});

/** Nationality adjectives → country. */
export const NATIONALITIES: Record<string, string> = dict(
  Object.fromEntries(
    list(
      'American=United States|U.S.=United States|US=United States|British=United Kingdom|Russian=Russia|Ukrainian=Ukraine|' +
        'Chinese=China|Japanese=Japan|Korean=Korea|South Korean=South Korea|North Korean=North Korea|German=Germany|French=France|' +
        'Italian=Italy|Spanish=Spain|Indian=India|Pakistani=Pakistan|Iranian=Iran|Iraqi=Iraq|Syrian=Syria|Israeli=Israel|' +
        'Palestinian=Palestine|Lebanese=Lebanon|Turkish=Turkey|Egyptian=Egypt|Saudi=Saudi Arabia|Emirati=United Arab Emirates|' +
        'Qatari=Qatar|Afghan=Afghanistan|Polish=Poland|Belarusian=Belarus|Georgian=Georgia|Canadian=Canada|Mexican=Mexico|' +
        'Brazilian=Brazil|Australian=Australia|Vietnamese=Vietnam|Thai=Thailand|Filipino=Philippines|Indonesian=Indonesia|' +
        'Malaysian=Malaysia|Taiwanese=Taiwan|Mongolian=Mongolia|Dutch=Netherlands|Belgian=Belgium|Swedish=Sweden|' +
        'Norwegian=Norway|Finnish=Finland|Danish=Denmark|Swiss=Switzerland|Austrian=Austria|Greek=Greece|Hungarian=Hungary|' +
        'Czech=Czech Republic|Romanian=Romania|Bulgarian=Bulgaria|Serbian=Serbia|Croatian=Croatia|Nigerian=Nigeria|' +
        'Kenyan=Kenya|Ethiopian=Ethiopia|South African=South Africa|Irish=Ireland|Scottish=United Kingdom|Welsh=United Kingdom|' +
        'English=United Kingdom|European=Europe|Asian=Asia|African=Africa|Western=the West|Soviet=Russia|Bangladeshi=Bangladesh|' +
        'Sri Lankan=Sri Lanka|Nepali=Nepal|Burmese=Myanmar|Cambodian=Cambodia|Lao=Laos|Yemeni=Yemen|Jordanian=Jordan|' +
        'Libyan=Libya|Sudanese=Sudan|Moldovan=Moldova|Lithuanian=Lithuania|Latvian=Latvia|Estonian=Estonia|Slovak=Slovakia|' +
        'Portuguese=Portugal|Argentine=Argentina|Chilean=Chile|Colombian=Colombia|Venezuelan=Venezuela|Cuban=Cuba|' +
        'Shiite=|Sunni=|Muslim=|Christian=|Jewish=|Arab=|Kurdish=|Islamic=|Catholic=|Buddhist=|Hindu=|Communist=|' +
        'Northern=|Southern=|Eastern=|Central=|Latin=|Nordic=|Baltic=|Pacific=|Atlantic=|Lebanese Shiite=',
    ).map((kv) => kv.split('=') as [string, string]),
  ),
);
export const NATIONALITY_SET = new Set(Object.keys(NATIONALITIES).map((s) => s.toLowerCase()));

/** Last words that make a capitalised phrase a thing or a place, not a person. */
export const NON_PERSON_HEADS = set(
  'war wars house east west north south sea ocean river peninsula region province state states street square day act ' +
    'treaty agreement accord summit games cup prize award channel island islands strait bay gulf mountains valley ' +
    'city county district republic kingdom empire federation union coast border zone line airport port station ' +
    'hall palace building tower bridge road avenue park stadium hospital prison camp base church mosque temple ' +
    'program programme project plan operation mission report index law bill code declaration charter doctrine ' +
    'revolution crisis pandemic olympics festival week month year era age dynasty regime talks conference ' +
    'deal pact region airlines monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december times news post peninsula world network',
);

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
    'no not nor other another what which who whom whose where why how whether it its he she they we i you his her ' +
    'their our my your him them us me one two three four five six seven eight nine ten first second third last next ' +
    'despite although though because unless once whereas hours days weeks months years experts analysts officials ' +
    'lawmakers critics sources residents asked speaking according citing separately instead thus therefore indeed ' +
    'yes perhaps maybe overall finally additionally furthermore still already again almost nearly around some ' +
    'update updated published posted read watch share advertisement photo video image related source follow click ' +
    'outside inside following under amid among new old former ex senior top latest recent initial initially ' +
    'lawmaker president minister secretary spokesman director chief rep sen mr mrs ms dr prof gen reporting ' +
    'editing additional writing by via wire staff operator carrier airline company firm startup regulator watchdog ' +
    'broadcaster lender insurer retailer chipmaker carmaker automaker miner drugmaker developer group giant rival ' +
    'debutant quick opener striker midfielder defender goalkeeper veteran rookie coach manager',
);

/** Common given names (lower-case): evidence that a two-word capitalised phrase is a person. */
/** A set of plain-letter words that also finds their accented spellings ("siobhán", "chloé", "josé"). */
class FoldedSet extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || (/[^\x00-\x7f]/.test(w) && super.has(w.normalize('NFD').replace(/\p{M}+/gu, '')));
  }
}

export const GIVEN_NAMES: Set<string> = new FoldedSet(
  set(
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
      'steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric ' +
      'jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry ' +
      'tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry ' +
      'gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie ' +
      'alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mary patricia jennifer linda ' +
      'elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle ' +
      'carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda ' +
      'pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth ' +
      'julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline ' +
      'martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris ' +
      'marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori claire jane lucy ' +
      'tom tim jim bob bill mike dan ben sam nick tony steve rob chris matt josh jon jeff greg liam oliver harry charlie ' +
      'leo oscar archie alfie freddie theo luca marco matteo giuseppe giovanni francesco alessandro andrea lorenzo paolo ' +
      'jean pierre jacques michel philippe nicolas francois emmanuel olivier laurent julien antoine marine sophie camille ' +
      'hans klaus jurgen wolfgang stefan thomas michael andreas markus olaf angela annette ursula friedrich karl heinz ' +
      'carlos luis miguel jorge pedro manuel antonio francisco javier rafael fernando ricardo diego alejandro sergio pablo ' +
      'ana lucia carmen isabel elena rosa luz marta paula sofia valentina camila gabriela daniela mariana fernanda ' +
      'vladimir dmitry dmitri sergei sergey alexei alexey ivan nikolai mikhail andrei andriy oleksandr volodymyr yulia ' +
      'olga natalia tatiana irina svetlana anastasia viktor yuri boris igor maxim pavel denys petro vitali vitaly ' +
      'mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar abdul abdullah ibrahim khalid mahmoud mustafa yusuf ' +
      'fatima aisha amina mariam zainab leila layla nour hamid karim tariq rashid samir walid youssef khaled faisal ' +
      'raj rahul amit arvind sanjay vijay anil sunil rajesh suresh ramesh narendra priya anita sunita pooja neha deepak ' +
      'priyanka arjun vikram ravi krishna ashok manoj ajay kiran lakshmi meera shreya aditya rohit nikhil ' +
      'hiroshi takeshi kenji yuki akira shinzo fumio yoshihide shigeru taro naoko yoko keiko haruki kazuo koji satoshi ' +
      'wei ming li jun hui lei yan ying xin jing hong chen ' +
      'kwame kofi ama chukwu emeka ngozi oluwaseun tunde bola amara wanjiru kamau uhuru william-ruto cyril jacob ' +
      'jess jessie kate katie maggie meg molly nina nora eva ella ellie zoe chloe amelia mia ava lily ruby poppy ' +
      'lena anja ines ingrid astrid sven lars erik anders magnus nils bjorn mette jens rasmus daan jan pieter willem ' +
      'lloyd leif mark marcus marco dean neil ian graham nigel colin derek trevor keir rishi boris theresa liz ' +
      'kamala joe hillary barack donald mike nancy chuck mitch elon jeff bill warren tim sundar satya jensen ' +
      'naomi ruth esther miriam deborah judith leah rachel yael avi moshe david benjamin yair naftali itamar ' +
      'kyle rhys owen gareth dylan evan aled siobhan niamh aoife ciaran eoin padraig sean declan conor liam ' +
      'oluwaseun adebayo chinedu ifeoma abubakar bola atiku nnamdi yemi femi kemi dapo ' +
      'luz rocio lucas mateo thiago gustavo rodrigo eduardo andre joao mariana beatriz larissa ' +
      'annette claire caroline celine margot agnes bernard gerard yves remi hugo louis ' +
      // names ending in -ly, which a sentence-initial adverb check would otherwise strip ("Carly Brennan said")
      'carly holly sally polly ally shelly shelley ashley bradley stanley shirley wesley dudley hadley presley riley finley ' +
      'beverley kimberley marly nelly tully dolly lilly keely',
  ),
);

/** Last words of names of laws and treaties ("Digital Markets Act", "Paris Agreement"): not speakers. Not "Programme" or "Strategy": "World Food Programme" speaks. */
export const LAW_HEADS = set(
  'act acts bill treaty accord accords agreement convention protocol directive regulation regulations charter doctrine amendment',
);
