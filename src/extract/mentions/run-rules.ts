/**
 * The rules for one capitalised run ("U.S. Defense Secretary Lloyd Austin", "Center for Security and Strategy"), in
 * order: each is a named function that reads the run's facts, records what it finds (a mention, a pending lone word,
 * a description) and returns its reason id when it decides the run, or null to let the next rule look.
 */
import type { OrganisationKind } from '../types.js';
import {
  addDescription,
  beforeGivenName,
  isRoleNoun,
  roleNounShape,
  lowerPrefix,
  stripHonorific,
} from './titled-names.js';
import {
  NAME_TOKEN,
  isPlace,
  kindOf,
  looksLikeName,
  orgHead,
  orgTypeApposed,
  orgTypeBefore,
  orgTypeKind,
  placeCountry,
  titleWord,
} from './runs.js';
import { DAYS, MONTH_SET } from '../lexicon/function-words.js';
import { KNOWN_ORGS, NON_ORG_ACRONYMS, LAW_HEADS } from '../lexicon/organisation-words.js';
import { GIVEN_NAMES, NON_PERSON_HEADS, MALE_KIN, FEMALE_KIN } from '../lexicon/person-words.js';
import { COUNTRY_SET, NATIONALITIES, NATIONALITY_SET } from '../lexicon/places.js';
import { TITLE_SURNAMES } from '../lexicon/name-forms.js';
import { MALE_TITLES, FEMALE_TITLES, HONORIFICS, NAME_PART_TITLES, TITLES } from '../lexicon/titles.js';
import type { MentionRule } from './table.js';
import type { RunFacts } from './run-facts.js';

const FACILITY_AFTER =
  /^\s+(?:station|airport|street|road|avenue|square|bridge|hospital|stadium|hall|market|river|lake|beach|county|district|village|campus|estate|tower|car parks?|car park|terminal|harbour|harbor|port)\b/;

/** "Her husband, Leonard Ochs,", "his daughter Ana": a kinship noun right before a name tells its gender. */
function kinGender(before: string): 'm' | 'f' | null {
  const k = /\b(\p{Ll}+),?\s+$/u.exec(before)?.[1];
  return !k ? null : MALE_KIN.has(k) ? 'm' : FEMALE_KIN.has(k) ? 'f' : null;
}

/** The rules for one capitalised run, in order: the first that returns its id decides what the run is. */
export const RUN_RULES: readonly ((r: RunFacts) => MentionRule | null)[] = [
  lawOrTreaty,
  knownOrganisation,
  roleNounThenGivenName,
  titleThenName,
  organisationHead,
  acronym,
  nameWithAcronym,
  surnameThatIsANationality,
  placeOrNationality,
  nationalityThenPlace,
  typeNounBefore,
  afterThe,
  facilityName,
  nameShape,
  loneWord,
];

function lawOrTreaty(r: RunFacts): MentionRule | null {
  const { words } = r;
  // a law, treaty or programme ("the Digital Markets Act") is neither a person nor an organisation
  if (words.length >= 2 && LAW_HEADS.has(words[words.length - 1].toLowerCase())) return 'law-or-treaty';
  return null;
}

function knownOrganisation(r: RunFacts): MentionRule | null {
  const { words, fullName, b, mention } = r;
  // known organisation (whole run, or run without leading nationality/"The")
  const known = KNOWN_ORGS[fullName.toLowerCase()] ?? KNOWN_ORGS[words.slice(1).join(' ').toLowerCase()];
  if ((known && !/^[A-Z]{2,}$/.test(fullName)) || (known && /^[A-Z]{2,}$/.test(fullName))) {
    const idx = b.org(
      known[0],
      known[1],
      known[2] as OrganisationKind,
      fullName !== known[0] && fullName !== known[1] ? fullName : undefined,
    );
    mention('org', idx);
    return 'known-organisation';
  }
  return null;
}

function roleNounThenGivenName(r: RunFacts): MentionRule | null {
  const { p, words, start, lastTitle, b, mention } = r;
  // "forecaster Dean Pham", "Senior forecaster Dean Pham": after a role noun, a title that is also a given name is the name
  if (
    lastTitle === 0 &&
    words.length === 2 &&
    GIVEN_NAMES.has(words[0].toLowerCase()) &&
    /(?:^|\s)\p{Ll}{3,}\s$/u.test(p.text.slice(Math.max(0, start - 30), start)) &&
    roleNounShape(/(\p{Ll}+)\s$/u.exec(p.text.slice(Math.max(0, start - 30), start))![1])
  ) {
    const idx = b.person(words.join(' '), null);
    mention('person', idx);
    return 'role-noun-then-given-name';
  }
  return null;
}

function titleThenName(r: RunFacts): MentionRule | null {
  const { p, pi, run, toks, words, start, end, postnominal, b, singles, descs, titled } = r;
  let { lastTitle } = r;
  // absorb title words that follow ("Chief Executive", "Defense Secretary")
  // ("Prime Minister Sheikh Hasina": not the title that is part of the name)
  while (
    lastTitle >= 0 &&
    lastTitle < words.length - 2 &&
    titleWord(words[lastTitle + 1]) &&
    !(lastTitle + 1 === words.length - 2 && NAME_PART_TITLES.has(words[lastTitle + 1].toLowerCase()))
  )
    lastTitle++;
  // a long run with a title and a name at its end: "Minister of State for Manpower Muhammad Faisal Abdul Rahman"
  if (lastTitle >= 0 && !looksLikeName(words.slice(lastTitle + 1))) {
    for (let n = Math.min(4, words.length - lastTitle - 2); n >= 2; n--) {
      const suffix = words.slice(words.length - n);
      if (looksLikeName(suffix) && !orgHead(suffix)) {
        lastTitle = words.length - n - 1;
        break;
      }
    }
  }
  const tail = words.slice(lastTitle + 1);
  const tailToks = toks.slice(lastTitle + 1);
  // "Mr. King said", "Ms. Bishop told": a title word after an honorific is a surname
  const honorificSurname =
    lastTitle >= 0 &&
    tail.length === 1 &&
    HONORIFICS.has(words[lastTitle].toLowerCase().replace(/\.$/, '')) &&
    TITLE_SURNAMES.has(tail[0].toLowerCase());
  // "Representative Steve Israel", "Rep. Mark Jordan": after a title, a country after a given name is a surname
  const countrySurname =
    lastTitle >= 0 &&
    tail.length === 2 &&
    GIVEN_NAMES.has(tail[0].toLowerCase()) &&
    COUNTRY_SET.has(tail[1].toLowerCase()) &&
    looksLikeName([tail[0]]);
  if (lastTitle >= 0 && (looksLikeName(tail) || honorificSurname || countrySurname) && !orgHead(tail)) {
    const prefixWords = words.slice(0, lastTitle + 1);
    const honor = prefixWords.map((w) => w.toLowerCase().replace(/\.$/, ''));
    const gender = honor.some((w) => MALE_TITLES.has(w)) ? 'm' : honor.some((w) => FEMALE_TITLES.has(w)) ? 'f' : null;
    const tStart = tailToks[0].start;
    // org inside the prefix ("NIS Director", "Nato secretary-general")
    let prefixText = p.text.slice(start, toks[lastTitle].end);
    // "South Korean National Intelligence Service (NIS) Director Cho Tae-yong": the organisation belongs to the title
    const orgBefore = /(\p{Lu}[\p{L}.'’ -]{2,80}?)\s*\((\p{Lu}{2,8})\)\s*$/u.exec(
      p.text.slice(Math.max(0, start - 100), start),
    );
    if (orgBefore && start === toks[0].start) prefixText = `${orgBefore[1].trim()} (${orgBefore[2]}) ${prefixText}`;
    const pre = lowerPrefix(p, tStart === start ? tStart : start);
    const description = [pre, prefixText].filter(Boolean).join(' ');
    if (tail.length === 1) {
      singles.push({ run, tokens: tailToks, titled: true, gender, fullStart: start, prefix: description });
      return 'title-then-name';
    }
    const idx = b.person(tail.join(' '), gender);
    titled.add(idx);
    b.mentions.push({
      paragraph: pi,
      start: tStart,
      end,
      type: 'person',
      ref: idx,
      text: tail.join(' '),
      possessive: run.possessive,
      fullStart: start,
    });
    addDescription(b, idx, stripHonorific(description));
    if (postnominal) addDescription(b, idx, postnominal);
    descs.push({ ref: idx, paragraph: pi, text: stripHonorific(description) });
    return 'title-then-name';
  }
  return null;
}

function organisationHead(r: RunFacts): MentionRule | null {
  const { run, words, fullName, start, prevPossPlace, acrM, head, b, mention } = r;
  if (head) {
    let nameWords = words;
    while (
      nameWords.length > 1 &&
      NATIONALITY_SET.has(nameWords[0].toLowerCase()) &&
      !NATIONALITY_SET.has(nameWords.slice(0, 2).join(' ').toLowerCase())
    )
      nameWords = nameWords.slice(1);
    if (nameWords.length > 1 && NATIONALITY_SET.has(nameWords.slice(0, 2).join(' ').toLowerCase()))
      nameWords = nameWords.slice(2);
    if (nameWords.length === 1 && NON_PERSON_HEADS.has(nameWords[0].toLowerCase()) && !acrM) return 'organisation-head';
    if (
      nameWords.length === 1 &&
      !acrM &&
      [
        'office',
        'service',
        'agency',
        'ministry',
        'government',
        'army',
        'navy',
        'military',
        'police',
        'court',
        'party',
        'group',
        'company',
        'bank',
        'committee',
        'council',
        'house',
        'center',
        'centre',
        'institute',
        'university',
        'school',
        'department',
        'media',
        'news',
        'times',
        'post',
        'forces',
        'force',
        'union',
        'alliance',
      ].includes(nameWords[0].toLowerCase())
    )
      return 'organisation-head';
    // a nationality that is part of the name stays ("British Medical Association"); the bare name is an alias
    const bare = nameWords.join(' ');
    // "South Korean National Intelligence Service" → "National Intelligence Service"; "British Medical Association" stays
    const generic =
      /^(?:National|Central|Federal|State|Defen[cs]e|Foreign|Interior|Military|Intelligence|Security|Presidential|Supreme|General|Joint|Armed|Air|Naval|Coast|Border|Home|Justice|Finance|Trade|Health|Energy)$/.test(
        nameWords[0],
      );
    const name = bare !== words.join(' ') && generic ? bare : fullName;
    const other = name === bare ? fullName : bare;
    const idx = b.org(
      name,
      acrM ? acrM[1] : null,
      head === '&' ? 'COMPANY' : kindOf(nameWords),
      other !== name ? other : undefined,
    );
    if (bare !== words.join(' '))
      b.orgCountry.set(idx, NATIONALITIES[words.slice(0, words.length - nameWords.length).join(' ')] ?? null);
    else if (run.possessive === false && prevPossPlace && prevPossPlace.end === start)
      b.orgCountry.set(idx, prevPossPlace.country);
    mention('org', idx, start, name);
    return 'organisation-head';
  }
  return null;
}

function acronym(r: RunFacts): MentionRule | null {
  const { words, b, mention } = r;
  // acronyms
  if (
    words.length === 1 &&
    /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(words[0]) &&
    !NON_ORG_ACRONYMS.has(words[0].toLowerCase()) &&
    !isPlace(words[0])
  ) {
    const existing = b.findOrgByAcronym(words[0]);
    const idx = existing ?? b.org(words[0], words[0], 'OTHER');
    mention('org', idx);
    return 'acronym';
  }
  return null;
}

function nameWithAcronym(r: RunFacts): MentionRule | null {
  const { words, fullName, acrM, b, mention } = r;
  if (acrM && words.length >= 2 && !looksLikeName(words)) {
    const idx = b.org(fullName, acrM[1], kindOf(words));
    mention('org', idx);
    return 'name-with-acronym';
  }
  return null;
}

function surnameThatIsANationality(r: RunFacts): MentionRule | null {
  const { words, fullName, b, mention } = r;
  // "English said" after "Tom English": a person's surname, not a nationality
  if (words.length !== 1 || !NATIONALITY_SET.has(fullName.toLowerCase())) return null;
  const k = b.people.findIndex((x) => x.surname === fullName && x.tokens.length > 1);
  if (k < 0) return null;
  mention('person', k);
  return 'surname-that-is-a-nationality';
}

function placeOrNationality(r: RunFacts): MentionRule | null {
  const { fullName, start, mention } = r;
  // places and nationalities
  if (isPlace(fullName) || NATIONALITY_SET.has(fullName.toLowerCase())) {
    mention('place', -1, start, fullName, { country: placeCountry(fullName) ?? NATIONALITIES[fullName] ?? null });
    return 'place-or-nationality';
  }
  return null;
}

function nationalityThenPlace(r: RunFacts): MentionRule | null {
  const { words } = r;
  let w = words;
  // strip a leading nationality / place adjective ("Ukrainian President …" handled above; "Russian Far East")
  let skip = 0;
  while (
    skip < w.length - 1 &&
    (NATIONALITY_SET.has(w[skip].toLowerCase()) ||
      NATIONALITY_SET.has(
        w
          .slice(skip, skip + 2)
          .join(' ')
          .toLowerCase(),
      ))
  )
    skip += NATIONALITY_SET.has(
      w
        .slice(skip, skip + 2)
        .join(' ')
        .toLowerCase(),
    )
      ? 2
      : 1;
  // "Northern Link", "Eastern Airways": a region word before one unknown word is part of a name
  if (skip === 1 && w.length === 2 && NATIONALITIES[w[0]] === '' && !isPlace(w[1])) skip = 0;
  if (skip > 0) {
    w = w.slice(skip);
    if (isPlace(w.join(' '))) return 'nationality-then-place';
  }
  r.w = w;
  r.skip = skip;
  return null;
}

function typeNounBefore(r: RunFacts): MentionRule | null {
  const { p, fullName, start, end, lastTitle, b, mention, w, skip } = r;
  // "copper producer Minera Cordillera Sur", "the group Clean Rivers Cornwall": the noun before says what it is
  const typeNoun =
    w.length >= 2 && skip === 0 && lastTitle < 0
      ? (orgTypeBefore(p.text, start) ?? orgTypeApposed(p.text, start, end))
      : null;
  if (typeNoun) {
    mention('org', b.org(fullName, null, orgTypeKind(typeNoun)));
    return 'type-noun-before';
  }
  return null;
}

function afterThe(r: RunFacts): MentionRule | null {
  const { p, run, toks, words, fullName, start, end, lastTitle, b, mention, w, skip } = r;
  // "the Memphis Stallions", "the Beach Hut Café": people are not named after "the" (a team, a venue, a business)
  const afterThe =
    w.length >= 2 &&
    skip === 0 &&
    lastTitle < 0 &&
    (/(?:^|\s)the\s$/.test(p.text.slice(Math.max(0, start - 5), start)) ||
      /^the$/i.test(run.tokens[run.tokens.indexOf(toks[0]) - 1]?.text ?? ''));
  if (afterThe) {
    // a plural is a team or a band, unless the name goes on ("the Joint Chiefs of Staff" split at "of")
    if (/\p{Ll}s$/u.test(words[words.length - 1]) && !/^\s+(?:of|for|and|&)\s+\p{Lu}/u.test(p.text.slice(end, end + 8)))
      mention('org', b.org(fullName, null, 'OTHER'));
    return 'after-the';
  }
  return null;
}

function facilityName(r: RunFacts): MentionRule | null {
  const { p, end } = r;
  // "in front of Santa Apolonia station", "the Marine Parade car parks": a name that modifies a place noun is a place
  if (FACILITY_AFTER.test(p.text.slice(end, end + 24))) return 'facility-name';
  return null;
}

function nameShape(r: RunFacts): MentionRule | null {
  const { p, pi, run, toks, end, postnominal, b, descs } = r;
  let { w, skip } = r;
  // a role noun before a full name is not part of it: "Passenger Kwame Mensah", "Co-author Ingrid Salo"
  let role = '';
  if (w.length >= 3 && (isRoleNoun(w[0]) || beforeGivenName(w)) && looksLikeName(w.slice(1))) {
    role = w[0].toLowerCase();
    w = w.slice(1);
    skip++;
  }
  if (w.length >= 2 && looksLikeName(w)) {
    const ts = toks.slice(skip);
    const idx = b.person(w.join(' '), kinGender(p.text.slice(Math.max(0, ts[0].start - 30), ts[0].start)));
    b.mentions.push({
      paragraph: pi,
      start: ts[0].start,
      end,
      type: 'person',
      ref: idx,
      text: w.join(' '),
      possessive: run.possessive,
      fullStart: ts[0].start,
    });
    const pre = [lowerPrefix(p, ts[0].start - (role ? role.length + 1 : 0)), role].filter(Boolean).join(' ');
    if (postnominal) addDescription(b, idx, postnominal);
    if (pre) {
      addDescription(b, idx, pre);
      descs.push({ ref: idx, paragraph: pi, text: pre });
    }
    return 'name-shape';
  }
  return null;
}

function loneWord(r: RunFacts): MentionRule | null {
  const { p, run, toks, singles, w } = r;
  if (w.length === 1 && NAME_TOKEN.test(w[0]) && !MONTH_SET.has(w[0].toLowerCase()) && !DAYS.has(w[0].toLowerCase())) {
    const t = toks[toks.length - 1];
    const pre = lowerPrefix(p, t.start);
    singles.push({
      run,
      tokens: [t],
      titled: !!pre && pre.split(' ').some((x) => TITLES.has(x.toLowerCase().replace(/\.$/, ''))),
      gender: null,
      fullStart: t.start,
      prefix: pre,
    });
  }
  return null;
}
