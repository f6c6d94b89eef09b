/**
 * Dateline places whose clock has one fixed UTC offset all year (no daylight saving, one time zone for
 * the whole place), so that a time printed without an offset can be turned into an instant. Data only:
 * a place with daylight saving (Cairo, London, New York) or several zones (Russia, the United States,
 * Indonesia) is deliberately absent: its offset cannot be told from the name. So is a place whose offset
 * changed in the last decade (North Korea 2018, Turkey 2016): older articles would get the wrong one.
 */
import { dict, list } from './words.js';

const CITIES =
  'Seoul=+09:00|Busan=+09:00|Tokyo=+09:00|Osaka=+09:00|' +
  'Beijing=+08:00|Shanghai=+08:00|Hong Kong=+08:00|Singapore=+08:00|Manila=+08:00|Taipei=+08:00|Kuala Lumpur=+08:00|' +
  'Bangkok=+07:00|Hanoi=+07:00|Ho Chi Minh City=+07:00|Jakarta=+07:00|Phnom Penh=+07:00|' +
  'Dhaka=+06:00|Kathmandu=+05:45|' +
  'New Delhi=+05:30|Delhi=+05:30|Mumbai=+05:30|Kolkata=+05:30|Chennai=+05:30|Bengaluru=+05:30|Colombo=+05:30|' +
  'Karachi=+05:00|Islamabad=+05:00|Lahore=+05:00|Tashkent=+05:00|' +
  'Dubai=+04:00|Abu Dhabi=+04:00|Baku=+04:00|' +
  'Moscow=+03:00|Riyadh=+03:00|Jeddah=+03:00|Nairobi=+03:00|Doha=+03:00|Kuwait City=+03:00|Baghdad=+03:00|Minsk=+03:00|Addis Ababa=+03:00|' +
  'Johannesburg=+02:00|Pretoria=+02:00|Cape Town=+02:00|Kigali=+02:00|Harare=+02:00|Tripoli=+02:00|' +
  'Lagos=+01:00|Abuja=+01:00|Kinshasa=+01:00|Algiers=+01:00|' +
  'Accra=+00:00|Dakar=+00:00|Reykjavik=+00:00|Abidjan=+00:00';

const COUNTRIES =
  'South Korea=+09:00|Japan=+09:00|China=+08:00|Hong Kong=+08:00|Singapore=+08:00|Philippines=+08:00|' +
  'Taiwan=+08:00|Thailand=+07:00|Vietnam=+07:00|Bangladesh=+06:00|Nepal=+05:45|India=+05:30|Sri Lanka=+05:30|' +
  'Pakistan=+05:00|United Arab Emirates=+04:00|UAE=+04:00|Saudi Arabia=+03:00|Qatar=+03:00|Kenya=+03:00|Kuwait=+03:00|' +
  'Iraq=+03:00|Ethiopia=+03:00|South Africa=+02:00|Rwanda=+02:00|' +
  'Nigeria=+01:00|Ghana=+00:00|Senegal=+00:00|Iceland=+00:00';

const table = (s: string) =>
  dict(Object.fromEntries(list(s).map((pair) => [pair.split('=')[0].toLowerCase(), pair.split('=')[1]])));

/** Dateline city → its fixed UTC offset ("+09:00"); keys lower-case. */
export const CITY_UTC_OFFSET: Record<string, string> = table(CITIES);
/** Dateline country (one zone, no daylight saving) → its fixed UTC offset; keys lower-case. */
export const COUNTRY_UTC_OFFSET: Record<string, string> = table(COUNTRIES);
