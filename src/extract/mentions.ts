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
import type { OrganisationKind } from './types.js';
import {
  COMMON_CAPS, COUNTRY_ALIASES, COUNTRY_SET, CAPITALS, KNOWN_ORGS, MALE_TITLES, FEMALE_TITLES, MONTHS, DAYS,
  NATIONALITIES, NATIONALITY_SET, NON_ORG_ACRONYMS, GIVEN_NAMES, GROUP_NOUNS, NON_PERSON_HEADS, ORG_HEADS, LAW_HEADS, PLACE_SET, TITLES, TITLE_MODIFIERS, CUES, POSTNOMINALS,
} from './lexicon.js';
import { splitName, foldKey } from './names.js';
import { stripPossessive, isUpper, type Token } from './text.js';
import type { ParagraphInfo } from './quotes.js';
import { findDescriptors } from './descriptors.js';
import { HONORIFICS, addDescription, beforeGivenName, isRoleNoun, lowerPrefix, stripHonorific } from './person-names.js';
export { DESCRIPTOR_KIND } from './descriptors.js';

export { MentionBuilder, type Mention, type MentionIndex, type MentionType, type PersonBuild } from './mention-builder.js';
import { MentionBuilder, type Mention, type MentionIndex, type MentionType, type PersonBuild } from './mention-builder.js';

const ORG_WORDS = new Set(
  ('fire rescue relief aid future action watch rights alert care health energy power water life earth peace hope justice ' +
    'freedom liberty solidarity unity progress reform change voice sports news weather gardens garden zoo elementary ' +
    'aviation services solutions resources systems media mobile telecom capital partners works worldwide labs studio ' +
    'records pictures films games books press presse sanhita code act bill country county district free green medical ' +
    'national royal civil public general central federal democratic republican liberal labour labor conservative ' +
    'international global world united new state city town village valley river lake mountain island coast forest ' +
    'airport station hospital clinic school college church temple mosque market street road avenue square park bridge').split(' '),
);
const ORG_APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}\p{N}$.-]+\s+){0,5}?(company|startup|start-up|firm|maker|group|bank|chain|retailer|carrier|airline|operator|platform|app|developer|provider|manufacturer|producer|supplier|chipmaker|carmaker|automaker|insurer|lender|giant|club|team|charity|organisation|organization|agency|regulator|union|party|network|broadcaster|newspaper|publisher|conglomerate|miner|brewer|drugmaker|utility)\b/u;
const OF_HEADS = /^(?:republic|kingdom|state|states|house|chamber|office|court|school|department|church|bank|secretary|minister|university|college|institute|museum|academy|federation|union|league|association|society|order|bureau|council|commission|board|port|city|isle|isles|gulf|bay|sea|cape|duke|duchess|prince|princess|earl|lord|lady|king|queen|emir|sultan)$/;
export const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'bin', 'al', 'on', 'and', 'the', '&', 'du', 'la', 'del', 'da']);
const MONTH_SET = new Set(MONTHS);
const NAME_TOKEN = /^\p{Lu}['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$|^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$|^\p{Lu}\.$|^\p{Lu}[\p{Ll}]+-\p{Lu}[\p{Ll}]+$/u;

function isCap(t: Token): boolean {
  return isUpper(t.text[0]);
}

function titleWord(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/, '');
  return TITLES.has(l) || TITLE_MODIFIERS.has(l);
}

function orgHead(words: string[]): string | null {
  // head = the org word before the first of/for, else the last org word
  let head: string | null = null;
  for (const w of words) {
    const l = w.toLowerCase();
    if (l === 'of' || l === 'for' || l === 'on') {
      if (head) return head;
      continue;
    }
    if (ORG_HEADS[l]) head = l;
  }
  return head;
}

function kindOf(words: string[]): OrganisationKind {
  const h = orgHead(words);
  const ws = words.map((w) => w.toLowerCase());
  if (ws.includes('news') && ws.includes('agency')) return 'MEDIA';
  if (ws.some((w) => w === 'university' || w === 'college')) return 'UNIVERSITY';
  if (h === 'committee' && !ws.some((w) => ['assembly', 'parliament', 'congress', 'senate', 'house', 'parliamentary'].includes(w))) return 'OTHER';
  if (h === 'service' && ws.some((w) => w === 'intelligence' || w === 'security' || w === 'civil' || w === 'public')) return 'GOVERNMENT_AGENCY';
  return ((h && ORG_HEADS[h]) as OrganisationKind) || 'OTHER';
}

export function placeCountry(name: string): string | null {
  const l = name.toLowerCase().replace(/^the /, '');
  if (COUNTRY_ALIASES[l]) return COUNTRY_ALIASES[l];
  if (CAPITALS[name]) return CAPITALS[name];
  if (COUNTRY_SET.has(l)) return name.replace(/^the /i, '');
  return null;
}

export function isPlace(name: string): boolean {
  const l = name.toLowerCase().replace(/^the /, '');
  return PLACE_SET.has(l) || !!COUNTRY_ALIASES[l] || NATIONALITY_SET.has(l);
}

interface Run {
  paragraph: number;
  tokens: Token[];
  possessive: boolean;
}

/** Capitalised runs in one paragraph. */
function runs(p: ParagraphInfo, pi: number): Run[] {
  const out: Run[] = [];
  const toks = p.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i])) {
      i++;
      continue;
    }
    const run: Token[] = [toks[i]];
    let possessive = stripPossessive(toks[i].text).possessive;
    let j = i + 1;
    while (!possessive && j < toks.length) {
      const gap = p.text.slice(toks[j - 1].end, toks[j].start);
      if (gap !== ' ' && !(gap === '. ' && /^(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Rep|Sen|Gen|Lt|Col|St|Prof|Gov|Adm|Capt|[A-Z])$/.test(toks[j - 1].text))) break;
      const t = toks[j];
      if (isCap(t)) {
        run.push(t);
        possessive = stripPossessive(t.text).possessive;
        j++;
        continue;
      }
      if (CONNECTORS.has(t.lower) && toks[j + 1] && isCap(toks[j + 1]) && p.text.slice(t.end, toks[j + 1].start) === ' ') {
        if ((t.lower === 'and' || t.lower === 'the' || t.lower === 'on' || t.lower === '&') && !orgHead(run.map((x) => x.text))) {
          // "Avon and Somerset Police": an organisation head word follows in the same capitalised run
          let q = j + 1;
          let headAhead = false;
          while (q < toks.length && q < j + 5 && isCap(toks[q]) && p.text.slice(toks[q - 1].end, toks[q].start) === ' ') {
            if (ORG_HEADS[toks[q].lower]) headAhead = true;
            q++;
          }
          if (!(t.lower !== 'on' && headAhead)) break;
        }
        if ((t.lower === 'of' || t.lower === 'for') && !OF_HEADS.test(toks[j - 1].lower) && !ORG_HEADS[toks[j - 1].lower] && !TITLES.has(toks[j - 1].lower.replace(/\.$/, ''))) break;
        run.push(t);
        j++;
        continue;
      }
      break;
    }
    // trim trailing connectors
    while (run.length && !isCap(run[run.length - 1])) run.pop();
    out.push({ paragraph: pi, tokens: run, possessive });
    i = j;
  }
  return out;
}

interface Pending {
  run: Run;
  tokens: Token[];
  titled: boolean;
  gender: 'm' | 'f' | null;
  fullStart: number;
  prefix: string;
}

export function findMentions(info: ParagraphInfo[]): MentionIndex {
  const b = new MentionBuilder();
  const singles: Pending[] = [];
  const descs: { ref: number; paragraph: number; text: string }[] = [];
  const titled = new Set<number>(); // people named after a title or honorific ("Prof. Ashish Verma")

  info.forEach((p, pi) => {
    if (p.text.length > 50000) return;
    let prevRun: Run | null = null;
    for (const run of runs(p, pi)) {
      const pr = prevRun;
      prevRun = run;
      let prevPossPlace: { end: number; country: string | null } | null = null;
      if (pr && pr.possessive) {
        const last = pr.tokens[pr.tokens.length - 1];
        const nm = stripPossessive(pr.tokens.map((t) => t.text).join(' ')).base;
        const c = placeCountry(nm);
        if (c && p.text.slice(last.end, run.tokens[0].start) === ' ') prevPossPlace = { end: run.tokens[0].start, country: c };
      }
      let toks = run.tokens;
      // leading common words ("But", "The", "Experts") and adverbs
      while (toks.length && (COMMON_CAPS.has(toks[0].lower) || /ly$/.test(toks[0].lower)) && !titleWord(toks[0].text)) toks = toks.slice(1);
      if (!toks.length) continue;
      // postnominal letters ("Rachel Doe KC", "Callum Reid MP", "Sam Hale Jr") are a description, not part of the name
      let postnominal = '';
      while (toks.length >= 3 && POSTNOMINALS.has(stripPossessive(toks[toks.length - 1].text).base.replace(/\.$/, ''))) {
        postnominal = [stripPossessive(toks[toks.length - 1].text).base, postnominal].filter(Boolean).join(' ');
        toks = toks.slice(0, -1);
      }
      // an initial keeps its stop ("K. Venkatesh"): the run joined "K" and "Venkatesh" across ". "
      const words = toks.map((t, i) => (i === toks.length - 1 ? stripPossessive(t.text).base : /^\p{Lu}$/u.test(t.text) && p.text[t.end] === '.' ? `${t.text}.` : t.text));
      // a law, treaty or programme ("the Digital Markets Act") is neither a person nor an organisation
      if (words.length >= 2 && LAW_HEADS.has(words[words.length - 1].toLowerCase())) continue;
      const fullName = words.join(' ');
      const start = toks[0].start;
      const end = toks[toks.length - 1].end - (run.possessive && !postnominal ? 2 : 0);
      const mention = (type: MentionType, ref: number, s = start, text = fullName, extra: Partial<Mention> = {}) =>
        b.mentions.push({ paragraph: pi, start: s, end, type, ref, text, possessive: run.possessive, fullStart: start, ...extra });

      // known organisation (whole run, or run without leading nationality/"The")
      const known = KNOWN_ORGS[fullName.toLowerCase()] ?? KNOWN_ORGS[words.slice(1).join(' ').toLowerCase()];
      if (known && !/^[A-Z]{2,}$/.test(fullName) || (known && /^[A-Z]{2,}$/.test(fullName))) {
        const idx = b.org(known[0], known[1], known[2] as OrganisationKind, fullName !== known[0] && fullName !== known[1] ? fullName : undefined);
        mention('org', idx);
        continue;
      }
      // acronym in brackets after the run
      const acrM = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u.exec(p.text.slice(end, end + 14));
      // title split: person after the last title word
      let lastTitle = -1;
      for (let i = 0; i < words.length - 1; i++) if (TITLES.has(words[i].toLowerCase().replace(/\.$/, '')) || HONORIFICS.has(words[i].toLowerCase().replace(/\.$/, ''))) lastTitle = i;
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
      const head = orgHead(words);
      if (lastTitle >= 0 && looksLikeName(tail) && !orgHead(tail)) {
        const prefixWords = words.slice(0, lastTitle + 1);
        const honor = prefixWords.map((w) => w.toLowerCase().replace(/\.$/, ''));
        const gender = honor.some((w) => MALE_TITLES.has(w)) ? 'm' : honor.some((w) => FEMALE_TITLES.has(w)) ? 'f' : null;
        const tStart = tailToks[0].start;
        // org inside the prefix ("NIS Director", "Nato secretary-general")
        let prefixText = p.text.slice(start, toks[lastTitle].end);
        // "South Korean National Intelligence Service (NIS) Director Cho Tae-yong": the organisation belongs to the title
        const orgBefore = /(\p{Lu}[\p{L}.'’ -]{2,80}?)\s*\((\p{Lu}{2,8})\)\s*$/u.exec(p.text.slice(Math.max(0, start - 100), start));
        if (orgBefore && start === toks[0].start) prefixText = `${orgBefore[1].trim()} (${orgBefore[2]}) ${prefixText}`;
        const pre = lowerPrefix(p, tStart === start ? tStart : start);
        const description = [pre, prefixText].filter(Boolean).join(' ');
        if (tail.length === 1) {
          singles.push({ run, tokens: tailToks, titled: true, gender, fullStart: start, prefix: description });
          continue;
        }
        const idx = b.person(tail.join(' '), gender);
        titled.add(idx);
        b.mentions.push({ paragraph: pi, start: tStart, end, type: 'person', ref: idx, text: tail.join(' '), possessive: run.possessive, fullStart: start });
        addDescription(b, idx, stripHonorific(description));
        if (postnominal) addDescription(b, idx, postnominal);
        descs.push({ ref: idx, paragraph: pi, text: stripHonorific(description) });
        continue;
      }
      if (head) {
        let nameWords = words;
        while (nameWords.length > 1 && NATIONALITY_SET.has(nameWords[0].toLowerCase()) && !NATIONALITY_SET.has(nameWords.slice(0, 2).join(' ').toLowerCase())) nameWords = nameWords.slice(1);
        if (nameWords.length > 1 && NATIONALITY_SET.has(nameWords.slice(0, 2).join(' ').toLowerCase())) nameWords = nameWords.slice(2);
        if (nameWords.length === 1 && NON_PERSON_HEADS.has(nameWords[0].toLowerCase()) && !acrM) continue;
        if (nameWords.length === 1 && !acrM && ['office', 'service', 'agency', 'ministry', 'government', 'army', 'navy', 'military', 'police', 'court', 'party', 'group', 'company', 'bank', 'committee', 'council', 'house', 'center', 'centre', 'institute', 'university', 'school', 'department', 'media', 'news', 'times', 'post', 'forces', 'force', 'union', 'alliance'].includes(nameWords[0].toLowerCase())) continue;
        // a nationality that is part of the name stays ("British Medical Association"); the bare name is an alias
        const bare = nameWords.join(' ');
        // "South Korean National Intelligence Service" → "National Intelligence Service"; "British Medical Association" stays
        const generic = /^(?:National|Central|Federal|State|Defen[cs]e|Foreign|Interior|Military|Intelligence|Security|Presidential|Supreme|General|Joint|Armed|Air|Naval|Coast|Border|Home|Justice|Finance|Trade|Health|Energy)$/.test(nameWords[0]);
        const name = bare !== words.join(' ') && generic ? bare : words.join(' ');
        const other = name === bare ? words.join(' ') : bare;
        const idx = b.org(name, acrM ? acrM[1] : null, kindOf(nameWords), other !== name ? other : undefined);
        if (bare !== words.join(' ')) b.orgCountry.set(idx, NATIONALITIES[words.slice(0, words.length - nameWords.length).join(' ')] ?? null);
        else if (run.possessive === false && prevPossPlace && prevPossPlace.end === start) b.orgCountry.set(idx, prevPossPlace.country);
        mention('org', idx, start, name);
        continue;
      }
      // acronyms
      if (words.length === 1 && /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(words[0]) && !NON_ORG_ACRONYMS.has(words[0].toLowerCase()) && !isPlace(words[0])) {
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
      while (skip < w.length - 1 && (NATIONALITY_SET.has(w[skip].toLowerCase()) || NATIONALITY_SET.has(w.slice(skip, skip + 2).join(' ').toLowerCase()))) skip += NATIONALITY_SET.has(w.slice(skip, skip + 2).join(' ').toLowerCase()) ? 2 : 1;
      if (skip > 0) {
        w = w.slice(skip);
        if (isPlace(w.join(' '))) continue;
      }
      // a role noun before a full name is not part of it: "Passenger Kwame Mensah", "Co-author Ingrid Salo"
      let role = '';
      if (w.length >= 3 && (isRoleNoun(w[0]) || beforeGivenName(w)) && looksLikeName(w.slice(1))) {
        role = w[0].toLowerCase();
        w = w.slice(1);
        skip++;
      }
      if (w.length >= 2 && looksLikeName(w)) {
        const ts = toks.slice(skip);
        const idx = b.person(w.join(' '), null);
        b.mentions.push({ paragraph: pi, start: ts[0].start, end, type: 'person', ref: idx, text: w.join(' '), possessive: run.possessive, fullStart: ts[0].start });
        const pre = [lowerPrefix(p, ts[0].start - (role ? role.length + 1 : 0)), role].filter(Boolean).join(' ');
        if (postnominal) addDescription(b, idx, postnominal);
        if (pre) {
          addDescription(b, idx, pre);
          descs.push({ ref: idx, paragraph: pi, text: pre });
        }
        continue;
      }
      if (w.length === 1 && NAME_TOKEN.test(w[0]) && !MONTH_SET.has(w[0].toLowerCase()) && !DAYS.has(w[0].toLowerCase())) {
        const t = toks[toks.length - 1];
        const pre = lowerPrefix(p, t.start);
        singles.push({ run, tokens: [t], titled: !!pre && pre.split(' ').some((x) => TITLES.has(x.toLowerCase().replace(/\.$/, ''))), gender: null, fullStart: t.start, prefix: pre });
      }
    }
  });

  // single tokens: coreference to a full name, else a titled / speaking single-name person
  for (const s of singles) {
    const t = s.tokens[0];
    const base = stripPossessive(t.text).base;
    const pi = s.run.paragraph;
    const order = pi * 1e7 + t.start;
    const known = b.personBySurname(base, order);
    const p = info[pi];
    const after = p.text.slice(t.end, t.end + 40);
    const speaks = /^\s+((?:(?:also|has|had|have|later|then|again|previously|earlier|repeatedly|\p{Ll}+ly)\s+){0,2})(\p{Ll}+)/u.exec(after);
    const isSpeaker = !!speaks && CUES.has(speaks[2]) && !s.run.possessive;
    let ref: number | null = known ?? b.personNamed(base);
    if (ref === null) {
      // "Loopwise, the San Francisco-based scheduling startup …": an organisation introduced by an apposition
      const ap = ORG_APPOSITION.exec(p.text.slice(t.end, t.end + 120));
      if (ap && !isPlace(base) && !COMMON_CAPS.has(base.toLowerCase())) {
        const kind: OrganisationKind = /^(?:club|team|charity|organi[sz]ation|union|party|network|group)$/.test(ap[1]) ? 'OTHER' : /^(?:agency|regulator)$/.test(ap[1]) ? 'GOVERNMENT_AGENCY' : /^(?:broadcaster|newspaper|publisher)$/.test(ap[1]) ? 'MEDIA' : 'COMPANY';
        const oi = b.org(base, null, kind);
        b.mentions.push({ paragraph: pi, start: t.start, end: t.start + base.length, type: 'org', ref: oi, text: base, possessive: s.run.possessive, fullStart: s.fullStart });
        continue;
      }
      // "Apple" after "Apple Inc.", "Samsung" after "Samsung Electronics": the organisation
      const oi = b.orgByFirstWord(base);
      if (oi !== null) {
        b.mentions.push({ paragraph: pi, start: t.start, end: t.start + base.length, type: 'org', ref: oi, text: base, possessive: s.run.possessive, fullStart: s.fullStart });
        continue;
      }
    }
    if (ref === null && isPlace(base)) {
      b.mentions.push({ paragraph: pi, start: t.start, end: t.start + base.length, type: 'place', ref: -1, text: base, possessive: s.run.possessive, fullStart: t.start, country: placeCountry(base) });
      continue;
    }
    // a lone unknown word that speaks is more often an organisation ("Veltron said") than a person: only a title
    // ("Mr Kim", "lawmaker Lee") makes it a person; speakers.ts turns untitled ones into organisations
    const lower = base.toLowerCase();
    const nameLike = !NON_PERSON_HEADS.has(lower) && !GROUP_NOUNS.has(lower) && !COMMON_CAPS.has(lower) && !/(?:ian|ese|ish|ers|ists)$/.test(lower);
    const aged = /^,\s+(?:aged\s+)?\d{1,3},/.test(after);
    // "Her daughter, Ana, who …": a given name in apposition to a kinship or role noun
    const kin = GIVEN_NAMES.has(lower) && /\b(?:daughter|son|wife|husband|mother|father|sister|brother|friend|partner|neighbou?r|colleague|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|boss|assistant|owner|manager|student|teacher|nurse|doctor)\s*,\s*$/i.test(p.text.slice(Math.max(0, t.start - 30), t.start));
    if (ref === null && (s.titled || aged || kin) && nameLike) ref = b.person(base, s.gender);
    void isSpeaker;
    if (ref === null) continue;
    if (s.gender && !b.people[ref].gender) b.people[ref].gender = s.gender;
    b.mentions.push({ paragraph: pi, start: t.start, end: t.start + base.length, type: 'person', ref, text: base, possessive: s.run.possessive, fullStart: s.fullStart });
    if (s.prefix && s.titled) addDescription(b, ref, stripHonorific(s.prefix));
  }

  // descriptor organisations ("South Korea's spy agency", "Seoul's spy agency", "South Korean intelligence")
  info.forEach((p, pi) => findDescriptors(p, pi, b));

  // appositions after a full name: ", a professor at …"
  for (const m of b.mentions) {
    if (m.type !== 'person' || b.people[m.ref].tokens.length < 2) continue;
    const p = info[m.paragraph].text;
    const ap0 = /^,\s+((?:a|an|the)\s[^,.;:“”"()]{3,160}|[a-z][a-z-]+(?:\s[^,.;:“”"()]{2,150})?)(?=[,.;)]|$)/.exec(p.slice(m.end, m.end + 200));
    // the apposition ends before a relative clause: "a student from Bogotá who had painted …"
    const ap = ap0 ? ([ap0[0], ap0[1].replace(/\s+(?:who|which|that|whose)\s.*$/, '')] as const) : null;
    const apOk = ap && !/\b(?:is|are|was|were|has|have|had|will|would|believes|plans|says|said|told)\b/.test(ap[1]) && !/^\d/.test(p.slice(m.end + ap[0].length, m.end + ap[0].length + 1));
    if (ap && apOk && !/^(?:who|which|that|said|says|told|added|and|but|as|while|in|on|at)\b/.test(ap[1])) {
      const first = ap[1].split(' ')[0];
      if (/^(?:a|an|the)$/.test(first) || TITLES.has(first) || TITLE_MODIFIERS.has(first)) {
        addDescription(b, m.ref, ap[1]);
        descs.push({ ref: m.ref, paragraph: m.paragraph, text: ap[1] });
      }
    }
    // apposition before: "the U.S. defense secretary, Lloyd Austin,"
    const before = /(?:^|[\s,(])(?:the|a|an)\s+([^,.;“”"]{3,80}),\s*$/.exec(p.slice(Math.max(0, m.fullStart - 90), m.fullStart));
    if (before && /^,/.test(p.slice(m.end, m.end + 1)) && before[1].split(' ').some((x) => TITLES.has(x.toLowerCase()))) {
      addDescription(b, m.ref, before[1]);
      descs.push({ ref: m.ref, paragraph: m.paragraph, text: before[1] });
    }
  }

  // people need evidence: a title or apposition, a common given name, East Asian name shape, speaking, an age,
  // or a later reference by surname. Capitalised phrases without any ("Baggy Green") are dropped.
  const evidence = new Array(b.people.length).fill(false);
  b.people.forEach((person, i) => {
    if (person.descriptions.length || person.tokens.length === 1 || titled.has(i)) evidence[i] = true;
    else if (GIVEN_NAMES.has(person.tokens[0].toLowerCase()) || splitName(person.name).surnameFirst) evidence[i] = true;
    else if (
      (person.tokens.length >= 3 || person.tokens.some((t) => /-/.test(t) && /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(t) && !t.split('-').some((x) => isPlace(x)))) &&
      !person.tokens.some((t) => ORG_WORDS.has(t.toLowerCase()))
    ) evidence[i] = true;
  });
  const firstMention = new Map<number, Mention>();
  for (const m of b.mentions) if (m.type === 'person' && !firstMention.has(m.ref)) firstMention.set(m.ref, m);
  for (const m of b.mentions) {
    if (m.type !== 'person' || evidence[m.ref]) continue;
    const person = b.people[m.ref];
    if (m.text.split(' ').length < person.tokens.length && foldKey(m.text) === foldKey(person.surname)) {
      const first = firstMention.get(m.ref);
      if (first && (first.paragraph < m.paragraph || (first.paragraph === m.paragraph && first.start < m.start))) {
        evidence[m.ref] = true; // referred to by surname alone, after the full name
        continue;
      }
    }
    const text = info[m.paragraph].text;
    const after = text.slice(m.end, m.end + 60);
    const before = text.slice(Math.max(0, m.fullStart - 25), m.fullStart);
    const cueAfter = /^(?:,[^,.;“”"]{1,80},|,)?\s+(?:\p{Ll}+ly\s+|has\s+|had\s+|also\s+)?(\p{Ll}+)/u.exec(after);
    const afterPrep = /\b(?:in|at|of|from|to|for|by|with|near|across|around)\s+(?:the\s+)?$/.test(before);
    const direct = /^,\s+(\p{Ll}+)/u.exec(after);
    const bareComma = !!direct && CUES.has(direct[1]);
    const roleBefore = /([a-z-]+),\s*$/.exec(before);
    // "charge nurse Abena Mensah": a lower-case role noun right before the name
    const roleNoun = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s$/u.exec(before);
    if (roleNoun && isRoleNoun(roleNoun[1]) && !m.possessive) {
      evidence[m.ref] = true;
      continue;
    }
    // referred to by he/she in the next sentence (this paragraph or the start of the next)
    const rest = text.slice(m.end, m.end + 300);
    const next = info[m.paragraph + 1]?.text.slice(0, 8) ?? '';
    if (!m.possessive && (/^[^.!?“”"]{0,250}[.!?][”"]?\s+(?:He|She)\s/.test(rest) || (/^[^.!?“”"]{0,250}[.!?][”"]?\s*$/.test(rest) && /^(?:He|She)\s/.test(next)))) {
      evidence[m.ref] = true;
      continue;
    }
    if ((roleBefore && TITLES.has(roleBefore[1])) || (cueAfter && CUES.has(cueAfter[1]) && !(afterPrep && bareComma)) || /^,\s+\d{1,3},/.test(after) || /\b(?:said|says|told|added)\s+$/.test(before)) evidence[m.ref] = true;
  }
  if (evidence.some((e) => !e)) {
    const remap = new Map<number, number>();
    const kept: PersonBuild[] = [];
    b.people.forEach((p, i) => {
      if (evidence[i]) {
        remap.set(i, kept.length);
        kept.push(p);
      }
    });
    b.mentions = b.mentions.filter((m) => m.type !== 'person' || remap.has(m.ref));
    for (const m of b.mentions) if (m.type === 'person') m.ref = remap.get(m.ref)!;
    for (let k = descs.length - 1; k >= 0; k--) {
      if (!remap.has(descs[k].ref)) descs.splice(k, 1);
      else descs[k].ref = remap.get(descs[k].ref)!;
    }
    b.people = kept;
    b.reindexPeople();
  }

  // affiliations from descriptions that contain an organisation
  for (const d of descs) {
    const person = b.people[d.ref];
    for (const o of b.organisations.map((o, i) => [o, i] as const)) {
      const names = [o[0].name, o[0].acronym, ...o[0].aliases].filter(Boolean) as string[];
      const hit = names.find((n) => d.text.includes(n));
      if (!hit) continue;
      if (person.affiliations.some((a) => a.organisation === o[1])) continue;
      let role: string | null = d.text.split(hit).filter((x) => x.trim())[0]?.trim() ?? null;
      if (role) role = role.replace(/^(?:a|an|the)\s+/i, '').replace(/\s+(?:at|of|in|with|for|from)(?:\s+the)?$/i, '').replace(/^(?:South Korean|North Korean|\p{Lu}\p{Ll}+an)\s+/u, '').trim() || null;
      if (role && role.split(' ').length > 8) role = null;
      if (d.text.indexOf(hit) < d.text.length / 2 && d.text.startsWith(hit)) role = d.text.slice(hit.length).trim() || role;
      person.affiliations.push({ organisation: o[1], role });
      break;
    }
  }

  b.mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  for (const m of b.mentions) {
    if (m.type === 'person') b.people[m.ref].mentions++;
    else if (m.type === 'org') b.organisations[m.ref].mentions++;
  }
  const byParagraph: Mention[][] = info.map(() => []);
  for (const m of b.mentions) byParagraph[m.paragraph].push(m);
  return { people: b.people, organisations: b.organisations, mentions: b.mentions, byParagraph, builder: b } as MentionIndex & { builder: MentionBuilder };
}

function looksLikeName(words: string[]): boolean {
  if (words.length < 1 || words.length > 4) return false;
  for (const w of words) {
    if (!NAME_TOKEN.test(w)) return false;
    const l = w.toLowerCase();
    if (COMMON_CAPS.has(l) || MONTH_SET.has(l) || DAYS.has(l) || ORG_HEADS[l] || TITLES.has(l)) return false;
    if (NATIONALITY_SET.has(w.toLowerCase()) || COUNTRY_SET.has(l)) return false;
  }
  const all = words.join(' ');
  if (/s$/.test(all) && (NATIONALITY_SET.has(all.slice(0, -1).toLowerCase()) || NATIONALITY_SET.has(all.replace(/(?:e?s)$/, '').toLowerCase()))) return false;
  if (NON_PERSON_HEADS.has(words[words.length - 1].toLowerCase()) || ORG_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  if (words.some((w) => /-based$|-born$|-led$|-backed$|-owned$/i.test(w))) return false;
  if (isPlace(all)) return false;
  if (words.length >= 2 && words.slice(-2).every((w) => isPlace(w))) return false;
  return true;
}
