/**
 * Places: countries, capitals (as metonyms for governments), cities, country aliases, nationality adjectives.
 * Data only: no rules.
 */
import { dict, list, set } from './words.js';

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
    'Europe|Asia|Africa|Latin America|Middle East|Indo-Pacific|Korean Peninsula|the West|Kashmir|Chechnya|Donbas',
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
    'Busan|Incheon|Daegu|Gwangju|Shanghai|Shenzhen|Guangzhou|Osaka|Kyoto|New York|Los Angeles|Chicago|Houston|' +
    'San Francisco|Boston|Geneva|Vienna|Munich|Frankfurt|Hamburg|Milan|Barcelona|Istanbul|Dubai|Mumbai|Karachi|Lagos|' +
    'Nairobi|Johannesburg|Sydney|Melbourne|Toronto|Vancouver|Montreal|Sao Paulo|Rio de Janeiro|Mexico City|Buenos Aires|' +
    'St Petersburg|Saint Petersburg|Sochi|Kaliningrad|Belgorod|Rostov|Lviv|Dnipro|Siberia|Far East|Russian Far East|' +
    'Panmunjom|Kaesong|Sinuiju|Wonsan|Hamhung|Yongbyon|Sohae|Gangwon|Gyeonggi|Jeju|Okinawa|Hokkaido|Xinjiang|Guam|Hawaii|' +
    'California|Texas|Florida|Virginia|Pennsylvania|Michigan|Ohio|Arizona|Nevada|Wisconsin|Kursk region|Gaza City|' +
    'Perth|Adelaide|Brisbane|Auckland|Wellington|Christchurch|Cape Town|Durban|Accra|Abuja|Kampala|Addis Ababa|Kinshasa|' +
    'Tel Aviv|Ramallah|Aleppo|Idlib|Mosul|Basra|Kandahar|Lahore|Chennai|Kolkata|Bangalore|Yokohama|Nagoya|Sapporo|Ho Chi Minh City|' +
    // the remaining U.S. states and large U.S. cities whose names are not also given names
    'Alabama|Alaska|Arkansas|Colorado|Connecticut|Delaware|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|' +
    'Massachusetts|Minnesota|Mississippi|Missouri|Montana|Nebraska|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|' +
    'Oklahoma|Oregon|Rhode Island|South Carolina|South Dakota|Tennessee|Utah|Vermont|West Virginia|Wyoming|Portland|Seattle|' +
    'Denver|Atlanta|Detroit|Miami|Minneapolis|Philadelphia|Pittsburgh|Cleveland|Cincinnati|Baltimore|Sacramento|Tulsa|' +
    'Oklahoma City|Spokane|Salt Lake City|Nashville|New Orleans|Milwaukee|Albuquerque|Tucson|Las Vegas|San Diego|San Antonio',
);

export const PLACE_SET = set([...COUNTRIES, ...Object.keys(CAPITALS), ...CITIES].map((s) => s.toLowerCase()));
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
