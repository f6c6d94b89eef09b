/**
 * Word lists of the figures stage: units, qualifiers, cues of attribution and the words that make a
 * number something other than a claim. All keys are lower-case. Data only; the rules are in
 * src/extract/figures/.
 */
import type { ClaimQualifier } from '../figures/types.js';
import { set as words } from './words.js';
const table = (s: string): Map<string, string> =>
  new Map(
    s
      .split('|')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );

/** Words before a number that say how exact it is (longest phrases are matched first). */
export const QUALIFIER_BEFORE: [string, ClaimQualifier][] = [
  ['no fewer than', 'AT_LEAST'],
  ['no less than', 'AT_LEAST'],
  ['a minimum of', 'AT_LEAST'],
  ['at least', 'AT_LEAST'],
  ['in excess of', 'MORE_THAN'],
  ['upwards of', 'MORE_THAN'],
  ['more than', 'MORE_THAN'],
  ['exceeding', 'MORE_THAN'],
  ['over', 'MORE_THAN'],
  ['above', 'MORE_THAN'],
  ['no more than', 'AT_MOST'],
  ['as many as', 'AT_MOST'],
  ['as much as', 'AT_MOST'],
  ['fewer than', 'AT_MOST'],
  ['less than', 'AT_MOST'],
  ['just under', 'AT_MOST'],
  ['at most', 'AT_MOST'],
  ['up to', 'AT_MOST'],
  ['nearly', 'AT_MOST'],
  ['almost', 'AT_MOST'],
  ['under', 'AT_MOST'],
  ['below', 'AT_MOST'],
  ['approximately', 'ABOUT'],
  ['an estimated', 'ABOUT'],
  ['estimated', 'ABOUT'],
  ['close to', 'ABOUT'],
  ['roughly', 'ABOUT'],
  ['perhaps', 'ABOUT'],
  ['around', 'ABOUT'],
  ['about', 'ABOUT'],
  ['approx.', 'ABOUT'],
  ['some', 'ABOUT'],
  ['a total of', 'EXACT'],
  ['exactly', 'EXACT'],
];

/** Currency signs and words → ISO code. */
export const CURRENCY_SIGNS = table('US$=USD|A$=AUD|C$=CAD|HK$=HKD|$=USD|€=EUR|£=GBP|¥=JPY|₹=INR|₩=KRW');
export const CURRENCY_WORDS = table(
  'dollar=USD|dollars=USD|euro=EUR|euros=EUR|pound=GBP|pounds=GBP|sterling=GBP|lira=TRY|yen=JPY|yuan=CNY|' +
    'renminbi=CNY|rupee=INR|rupees=INR|rouble=RUB|roubles=RUB|ruble=RUB|rubles=RUB|franc=CHF|francs=CHF|won=KRW',
);

/** Measures written after the number (lower-cased, longest first at match time) → canonical unit. */
export const MEASURES = table(
  'km/h=km/h|kph=km/h|mph=mph|knots=knots|km=km|kilometres=km|kilometers=km|kilometre=km|kilometer=km|' +
    'miles=miles|mile=miles|metres=m|meters=m|metre=m|meter=m|cm=cm|centimetres=cm|centimeters=cm|mm=mm|' +
    'millimetres=mm|millimeters=mm|inches=inches|inch=inches|feet=feet|ft=feet|kg=kg|kilograms=kg|kilogrammes=kg|' +
    'kilos=kg|tonnes=tonnes|tonne=tonnes|tons=tonnes|ton=tonnes|litres=litres|liters=litres|litre=litres|liter=litres|' +
    'barrels=barrels|hectares=hectares|hectare=hectares|acres=acres|square kilometres=km²|square kilometers=km²|' +
    'square miles=square miles|mw=MW|megawatts=MW|megawatt=MW|gw=GW|gigawatts=GW|gigawatt=GW|kwh=kWh|' +
    'degrees celsius=°C|degrees c=°C|degree celsius=°C|°c=°C|c=°C|degrees fahrenheit=°F|degrees f=°F|°f=°F|f=°F|' +
    'degrees=degrees|percentage points=percentage points|percentage point=percentage points|per cent=percent|' +
    'percent=percent|pct=percent|%=percent|points=points|point=points|pts=points',
);

/** Measures that precede the number ("magnitude 6.8"). */
export const MEASURES_BEFORE = table('magnitude=magnitude|a crowd of=people|population of=people|crowd of=people');

/** Scale words after a number. */
export const SCALES = table(
  'hundred=100|thousand=1000|million=1000000|billion=1000000000|trillion=1000000000000|dozen=12|' +
    'k=1000|mn=1000000|m=1000000|bn=1000000000|b=1000000000|tn=1000000000000',
);

export const NUMBER_WORDS = table(
  'a=1|one=1|two=2|three=3|four=4|five=5|six=6|seven=7|eight=8|nine=9|ten=10|eleven=11|twelve=12|thirteen=13|' +
    'fourteen=14|fifteen=15|sixteen=16|seventeen=17|eighteen=18|nineteen=19|twenty=20|thirty=30|forty=40|' +
    'fifty=50|sixty=60|seventy=70|eighty=80|ninety=90',
);

/** Counted nouns that mean the same thing → the unit a Figure is keyed by. */
export const UNIT_SYNONYMS = table(
  'troops=troops|soldiers=troops|forces=troops|personnel=troops|servicemen=troops|service members=troops|' +
    'fighters=troops|marines=troops|paratroopers=troops|people=people|persons=people|individuals=people|' +
    'lives=people|deaths=people|fatalities=people|casualties=people|victims=people|dead=people|' +
    'employees=employees|staff=employees|workers=workers|jobs=jobs',
);

/** Plural-less counted nouns. */
export const IRREGULAR_PLURALS = words(
  'people personnel police staff children men women cattle sheep deer aircraft dead',
);

/** Units of time: "48 hours", "20 weeks" are durations, not claims. */
export const TIME_UNITS = words(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades ' +
    "century centuries times time a.m. p.m. am pm gmt utc bst cet est pst o’clock o'clock",
);

/** Words ending in s that are not plural nouns. */
export const NOT_PLURAL = words(
  'this its his hers was has is us as yes less across thus plus news series species various previous famous ' +
    'serious obvious numerous analysis crisis basis congress process address business access success progress ' +
    'whereas perhaps always sometimes towards afterwards besides unless kansas texas paris athens brussels ' +
    'mars chaos bias gas status campus census thesis',
);

/** Words after a number that end the search for its unit. */
export const UNIT_STOP = words(
  'of in to from by on at for with and or but than as that which who whom whose is are was were be been being ' +
    'has have had will would could should may might can did do does not no the a an this these those it its ' +
    'their his her our my your per each every said says say told according while when where if after before ' +
    'since during until into onto over under about around against between through among than up down off out ' +
    'so then also just only still even last next ago earlier later',
);

/** Words before a year-like number that make it a year ("in 2024", "since 1997"). */
export const YEAR_BEFORE = words(
  'in since by from until till through of before after during early late mid and or the to between fiscal ' +
    'financial year season class spring summer autumn fall winter january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);

/** Determiners before a written number that make it a reference ("the two countries"), not a count. */
export const WRITTEN_DETERMINERS = words(
  'the these those its their his her our my your both all every each first last another other such no any',
);

/** Verbs (and nouns) that make the named entity next to them the source of what follows. */
export const CUE_AFTER = words(
  'said says say told tells tell believes believe believed estimates estimate estimated reported reports ' +
    'report claimed claims claim confirmed confirms confirm announced announces announce stated states added ' +
    'adds noted notes warned warns informed informs revealed reveals thinks think suspects projected forecast ' +
    'forecasts predicted predicts counted recorded registered wrote writes tweeted posted disclosed ' +
    'acknowledged insisted argued explained testified briefed showed shows found finds put puts expects ' +
    'poll polls survey surveys study report data figures statistics census count tally analysis statement',
);

/** Words before a named entity that make it a source, a few words away at most: "according to a think tank linked to X". */
export const CUE_BEFORE = [
  'according to',
  'citing',
  'cited by',
  'quoting',
  'quoted by',
  'briefing by',
  'briefed by',
  'briefing from',
  'data from',
  'figures from',
  'statement from',
  'estimates from',
  'report by',
  'poll by',
  'survey by',
];

/** Verbs before the speaker's name after a quote or clause: "…," said Gideon Marsh. */
export const POSTPOSED_CUES = ['said', 'says', 'added', 'told'];

/** Words that say what the figure counts happened to ("killed", "injured"): part of a Figure's key. */
export const FRAMES = table(
  'killed=killed|dead=killed|died=killed|deaths=killed|death=killed|toll=killed|lives=killed|fatalities=killed|' +
    'perished=killed|injured=injured|wounded=injured|hurt=injured|hospitalised=injured|hospitalized=injured|' +
    'displaced=displaced|homeless=displaced|evacuated=displaced|fled=displaced|arrested=arrested|detained=arrested',
);

/** Words before a count that make it a standing total ("has 1.2 million troops", "an army of"). */
export const STOCK_BEFORE = words('has have had with army military force forces workforce strength standing');

/** Nouns that say what an amount of money or a percentage measures. */
export const MEASURE_NOUNS = words(
  'revenue revenues sales profit profits loss losses earnings income budget cost costs price prices aid debt ' +
    'deficit fine fines salary pay wage wages funding investment gdp growth inflation unemployment turnout ' +
    'support approval rate rates interest tax taxes exports imports value fee fees bill spending savings ' +
    'target estimate forecast share shares stake valuation bonus pension rent fare fund funds deal contract ' +
    'lead margin vote votes',
);

/** Titles and bodies that a place names as their owner ("Seoul's spy agency"): that place is not what is counted. */
export const INSTITUTION_WORDS = words(
  'president prime minister ministry government officials official spy intelligence agency media army navy ' +
    'military police embassy envoy ambassador foreign defence defense interior leader leaders authorities ' +
    'parliament lawmakers lawmaker state news central national presidential',
);

/** Prepositions before a place that make it a destination or location, not what the figure is about. */
export const PLACE_PREPOSITIONS = words('to in into at near against towards toward inside across via within on');
