/**
 * mentions(): people, organisations and places in the body, with coreference inside the article.
 *
 * Capitalised runs ("U.S. Defense Secretary Lloyd Austin", "Center for Security and Strategy") are
 * split into a title/description prefix and a head. A head is an organisation when it has an
 * organisation head word or is a known organisation/acronym, a place when it is in the place lists or
 * a nationality, and a person only when it has a name shape (2–4 capitalised tokens, none of them a
 * place, organisation word, month or common word). Single tokens become people only as the surname of
 * someone named in full, or with a title ("Mr Kim", "lawmaker Lee") or as the subject of a speech verb.
 */
import type { OrganisationKind } from '../types.js';
import { stripPossessive } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import { findDescriptors } from './descriptors.js';
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
  PLACE_ADJECTIVE,
  isPlace,
  placeStart,
  sentenceStart,
  kindOf,
  looksLikeName,
  orgHead,
  orgTypeApposed,
  orgTypeBefore,
  orgTypeKind,
  placeCountry,
  runs,
  titleWord,
  type Run,
} from './runs.js';
import {
  addAffiliations,
  addAppositions,
  keepEvidencedPeople,
  teamsNotPeople,
  type PersonNote,
} from './person-evidence.js';
import { resolveSingles, type PendingSingle } from './lone-words.js';
import { completeFromTitle } from './furniture.js';
import { MentionBuilder, type Mention, type MentionIndex, type MentionType } from './table.js';
import { COMMON_CAPS, DAYS, MONTH_SET } from '../lexicon/function-words.js';
import { KNOWN_ORGS, NON_ORG_ACRONYMS, LAW_HEADS } from '../lexicon/organisation-words.js';
import { GIVEN_NAMES, NON_PERSON_HEADS, NAME_PARTICLES, MALE_KIN, FEMALE_KIN } from '../lexicon/person-words.js';
import { NATIONALITIES, NATIONALITY_SET } from '../lexicon/places.js';
import { MALE_TITLES, FEMALE_TITLES, TITLES, POSTNOMINALS, HONORIFICS } from '../lexicon/titles.js';

const FACILITY_AFTER =
  /^\s+(?:station|airport|street|road|avenue|square|bridge|hospital|stadium|hall|market|river|lake|beach|county|district|village|campus|estate|tower|car parks?|car park|terminal|harbour|harbor|port)\b/;

/** A question's auxiliary is not part of the name after it ("Did Tove Berg think …?"). */
const QUESTION_AUX = /^(?:Did|Does|Do|Is|Was|Were|Are|Has|Have|Had|Will|Would|Can|Could|Should|Shall|Must|Might)$/;

/** "Northern Link" at a sentence's start is a name, not "Link", when the article also writes it after a lower-case word. */
function writtenMidSentence(text: string, name: string): boolean {
  if (!text.includes(` ${name}`)) return false;
  return new RegExp(`\\p{Ll}[,;]? ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
}

export function findMentions(info: ParagraphInfo[], title = ''): MentionIndex {
  const b = new MentionBuilder();
  const singles: PendingSingle[] = [];
  const descs: PersonNote[] = [];
  const titled = new Set<number>(); // people named after a title or honorific ("Prof. Ashish Verma")

  let wholeText: string | null = null;
  const whole = (): string => (wholeText ??= info.map((q) => q.text).join('\n'));
  info.forEach((p, pi) => {
    if (p.text.length > 50000) return;
    let prevRun: Run | null = null;
    for (const run of runs(p, pi)) {
      const pr = prevRun;
      prevRun = run;
      let prevPossPlace: { end: number; country: string | null } | null = null;
      if (pr?.possessive) {
        const last = pr.tokens[pr.tokens.length - 1];
        const nm = stripPossessive(pr.tokens.map((t) => t.text).join(' ')).base;
        const c = placeCountry(nm);
        if (c && p.text.slice(last.end, run.tokens[0].start) === ' ')
          prevPossPlace = { end: run.tokens[0].start, country: c };
      }
      let toks = run.tokens;
      // leading common words ("But", "The", "Experts") and adverbs
      // "Second-tier Harbour Athletic", "Three-time champion …": a hyphenated adjective is not a given name
      while (toks.length > 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(toks[0].text)) toks = toks.slice(1);
      // "Said Tyrese Carter: “…”": an inverted attribution's verb is not part of the name
      if (toks.length > 1 && /^(?:Said|Says|Added|Adds)$/.test(toks[0].text)) toks = toks.slice(1);
      while (
        toks.length &&
        !placeStart(toks) &&
        (COMMON_CAPS.has(toks[0].lower) ||
          (/ly$/.test(toks[0].lower) && toks.length > 1 && !GIVEN_NAMES.has(toks[0].lower)) ||
          (QUESTION_AUX.test(toks[0].text) && /^[^.!?]*\?/.test(p.text.slice(toks[0].end, toks[0].end + 300)))) &&
        !titleWord(toks[0].text) &&
        !(
          toks.length > 1 &&
          writtenMidSentence(whole(), stripPossessive(p.text.slice(toks[0].start, toks[toks.length - 1].end)).base)
        )
      )
        toks = toks.slice(1);
      // "Van der Berg said", "De la Cruz said": a surname with its particles refers back by its last word
      if (toks.length >= 3 && NAME_PARTICLES.has(toks[0].lower) && NAME_PARTICLES.has(toks[1].text))
        toks = toks.slice(toks[2].text === toks[2].lower ? 3 : 2);
      // "Neighbouring Malawi", "Landlocked Chad": a sentence's first word describing the place after it is no part of its name
      if (
        toks.length > 1 &&
        PLACE_ADJECTIVE.test(toks[0].lower) &&
        sentenceStart(p.text, toks[0].start) &&
        isPlace(
          toks
            .slice(1)
            .map((t) => stripPossessive(t.text).base)
            .join(' '),
        ) &&
        !isPlace(toks.map((t) => stripPossessive(t.text).base).join(' '))
      )
        toks = toks.slice(1);
      if (!toks.length) continue;
      // postnominal letters ("Rachel Doe KC", "Callum Reid MP", "Sam Hale Jr") are a description, not part of the name
      let postnominal = '';
      while (
        toks.length >= 3 &&
        POSTNOMINALS.has(stripPossessive(toks[toks.length - 1].text).base.replace(/\.$/, ''))
      ) {
        postnominal = [stripPossessive(toks[toks.length - 1].text).base, postnominal].filter(Boolean).join(' ');
        toks = toks.slice(0, -1);
      }
      // an initial keeps its stop ("K. Venkatesh"): the run joined "K" and "Venkatesh" across ". "
      const words = toks.map((t, i) =>
        i === toks.length - 1
          ? stripPossessive(t.text).base
          : /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text) && p.text[t.end] === '.'
            ? `${t.text}.`
            : t.text,
      );
      // a law, treaty or programme ("the Digital Markets Act") is neither a person nor an organisation
      if (words.length >= 2 && LAW_HEADS.has(words[words.length - 1].toLowerCase())) continue;
      // a name with a list in it keeps its commas ("Ministry of Trade, Industry and Energy")
      const raw = p.text.slice(toks[0].start, toks[toks.length - 1].end);
      const ampersand = raw.includes(' & ') || /s['’] /.test(raw);
      const fullName =
        (raw.includes(', ') || ampersand) && !run.possessive
          ? raw
          : ampersand
            ? stripPossessive(raw).base
            : words.join(' ');
      const start = toks[0].start;
      const end = toks[toks.length - 1].end - (run.possessive && !postnominal ? 2 : 0);
      const mention = (type: MentionType, ref: number, s = start, text = fullName, extra: Partial<Mention> = {}) =>
        b.mentions.push({
          paragraph: pi,
          start: s,
          end,
          type,
          ref,
          text,
          possessive: run.possessive,
          fullStart: start,
          ...extra,
        });

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
        continue;
      }
      // acronym in brackets after the run
      const acrM = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u.exec(p.text.slice(end, end + 14));
      // title split: person after the last title word
      let lastTitle = -1;
      for (let i = 0; i < words.length - 1; i++)
        if (
          TITLES.has(words[i].toLowerCase().replace(/\.$/, '')) ||
          HONORIFICS.has(words[i].toLowerCase().replace(/\.$/, ''))
        )
          lastTitle = i;
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
        continue;
      }
      // absorb title words that follow ("Chief Executive", "Defense Secretary")
      while (lastTitle >= 0 && lastTitle < words.length - 2 && titleWord(words[lastTitle + 1])) lastTitle++;
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
      // a name joined by "&" is a firm's ("Harrow & Lyle"), never a person's
      const head = orgHead(words) ?? (raw.includes(' & ') ? '&' : null);
      if (lastTitle >= 0 && looksLikeName(tail) && !orgHead(tail)) {
        const prefixWords = words.slice(0, lastTitle + 1);
        const honor = prefixWords.map((w) => w.toLowerCase().replace(/\.$/, ''));
        const gender = honor.some((w) => MALE_TITLES.has(w))
          ? 'm'
          : honor.some((w) => FEMALE_TITLES.has(w))
            ? 'f'
            : null;
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
          continue;
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
        continue;
      }
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
        if (nameWords.length === 1 && NON_PERSON_HEADS.has(nameWords[0].toLowerCase()) && !acrM) continue;
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
          continue;
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
        continue;
      }
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
        continue;
      }
      if (acrM && words.length >= 2 && !looksLikeName(words)) {
        const idx = b.org(fullName, acrM[1], kindOf(words));
        mention('org', idx);
        continue;
      }
      // places and nationalities
      let w = words;
      if (isPlace(fullName) || NATIONALITY_SET.has(fullName.toLowerCase())) {
        mention('place', -1, start, fullName, { country: placeCountry(fullName) ?? NATIONALITIES[fullName] ?? null });
        continue;
      }
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
        if (isPlace(w.join(' '))) continue;
      }
      // "copper producer Minera Cordillera Sur", "the group Clean Rivers Cornwall": the noun before says what it is
      const typeNoun =
        w.length >= 2 && skip === 0 && lastTitle < 0
          ? (orgTypeBefore(p.text, start) ?? orgTypeApposed(p.text, start, end))
          : null;
      if (typeNoun) {
        mention('org', b.org(fullName, null, orgTypeKind(typeNoun)));
        continue;
      }
      // "the Memphis Stallions", "the Beach Hut Café": people are not named after "the" (a team, a venue, a business)
      const afterThe =
        w.length >= 2 &&
        skip === 0 &&
        lastTitle < 0 &&
        (/(?:^|\s)the\s$/.test(p.text.slice(Math.max(0, start - 5), start)) ||
          /^the$/i.test(run.tokens[run.tokens.indexOf(toks[0]) - 1]?.text ?? ''));
      if (afterThe) {
        // a plural is a team or a band, unless the name goes on ("the Joint Chiefs of Staff" split at "of")
        if (
          /\p{Ll}s$/u.test(words[words.length - 1]) &&
          !/^\s+(?:of|for|and|&)\s+\p{Lu}/u.test(p.text.slice(end, end + 8))
        )
          mention('org', b.org(fullName, null, 'OTHER'));
        continue;
      }
      // "in front of Santa Apolonia station", "the Marine Parade car parks": a name that modifies a place noun is a place
      if (FACILITY_AFTER.test(p.text.slice(end, end + 24))) continue;
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
        continue;
      }
      if (
        w.length === 1 &&
        NAME_TOKEN.test(w[0]) &&
        !MONTH_SET.has(w[0].toLowerCase()) &&
        !DAYS.has(w[0].toLowerCase())
      ) {
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
    }
  });

  resolveSingles(info, b, singles);
  // descriptor organisations ("South Korea's spy agency", "Seoul's spy agency", "South Korean intelligence")
  info.forEach((p, pi) => {
    findDescriptors(p, pi, b);
  });
  addAppositions(info, b, descs);
  teamsNotPeople(info, b);
  keepEvidencedPeople(info, b, descs, titled);
  addAffiliations(b, descs);

  b.mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  for (const m of b.mentions) {
    if (m.type === 'person') b.people[m.ref].mentions++;
    else if (m.type === 'org') b.organisations[m.ref].mentions++;
  }
  const byParagraph: Mention[][] = info.map(() => []);
  for (const m of b.mentions) byParagraph[m.paragraph].push(m);
  const found: MentionIndex = {
    people: b.people,
    organisations: b.organisations,
    mentions: b.mentions,
    byParagraph,
    orgCountry: b.orgCountry,
    entities: b,
  };
  completeFromTitle(found, title);
  return found;
}

/** "Her husband, Leonard Ochs,", "his daughter Ana": a kinship noun right before a name tells its gender. */
function kinGender(before: string): 'm' | 'f' | null {
  const k = /\b(\p{Ll}+),?\s+$/u.exec(before)?.[1];
  return !k ? null : MALE_KIN.has(k) ? 'm' : FEMALE_KIN.has(k) ? 'f' : null;
}
