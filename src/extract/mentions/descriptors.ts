/** Descriptor organisations: "South Korea's spy agency", "Seoul's spy agency", "South Korean intelligence". */
import type { OrganisationKind } from '../types.js';
import { isUpper, stripPossessive } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import { placeCountry } from './runs.js';
import type { MentionBuilder } from './table.js';
import { MINISTRY_NAMES } from '../lexicon/organisation-words.js';
import { NATIONALITIES } from '../lexicon/places.js';
import { dict } from '../lexicon/words.js';

const DESC_CLASSES: [RegExp, string, OrganisationKind][] = [
  [
    /^(?:spy|intelligence)\s+(?:agency|service|chief|agency's|service's)$|^intelligence$/,
    'intelligence',
    'GOVERNMENT_AGENCY',
  ],
  [/^foreign\s+(?:ministry|minister)$/, 'foreign ministry', 'GOVERNMENT_AGENCY'],
  [/^defen[cs]e\s+(?:ministry|minister)$/, 'defense ministry', 'GOVERNMENT_AGENCY'],
  [/^presidential\s+office$/, 'presidential office', 'GOVERNMENT'],
  [/^unification\s+ministry$/, 'unification ministry', 'GOVERNMENT_AGENCY'],
  [/^(?:government|administration)$/, 'government', 'GOVERNMENT'],
  [/^(?:military|army|joint chiefs of staff)$/, 'military', 'MILITARY'],
];

export function findDescriptors(p: ParagraphInfo, pi: number, b: MentionBuilder): void {
  const toks = p.tokens;
  for (let i = 1; i < toks.length; i++) {
    const l = toks[i].lower;
    if (
      !/^(?:agency|service|chief|ministry|minister|office|government|administration|military|army|intelligence)$/.test(
        l,
      )
    )
      continue;
    if (isUpper(toks[i].text[0])) continue;
    // class phrase: up to one modifier before the head
    let k = i;
    let cls: string | null = null;
    let kind: OrganisationKind = 'GOVERNMENT_AGENCY';
    for (const start of [i - 1, i]) {
      if (start < 0) continue;
      const phrase = toks
        .slice(start, i + 1)
        .map((t) => t.lower)
        .join(' ');
      const hit = DESC_CLASSES.find(([re]) => re.test(phrase));
      if (hit && (start === i || !isUpper(toks[start].text[0]))) {
        cls = hit[1];
        kind = hit[2];
        k = start;
        break;
      }
    }
    let mod: string | null = null;
    if (
      !cls &&
      (l === 'ministry' || l === 'agency') &&
      i > 0 &&
      /^[a-z][a-z-]+$/.test(toks[i - 1].text) &&
      !/^(?:the|a|an|its|their|his|her|our|new|top|state|main)$/.test(toks[i - 1].lower)
    ) {
      cls = l;
      mod = toks[i - 1].lower;
      k = i - 1;
    }
    if (!cls) continue;
    if (
      mod === 'news' ||
      (i + 1 < toks.length && isUpper(toks[i + 1].text[0]) && p.text.slice(toks[i].end, toks[i + 1].start) === ' ')
    )
      continue; // "news agency TASS"
    // owner: "South Korea's", "Seoul's", "South Korean", "the Russian"
    let country: string | null = null;
    let ownerStart = toks[k].start;
    for (let span = 2; span >= 1 && !country; span--) {
      const from = k - span;
      if (from < 0) continue;
      const words = toks.slice(from, k).map((t) => t.text);
      const last = stripPossessive(words[words.length - 1]);
      const name = [...words.slice(0, -1), last.base].join(' ');
      if (last.possessive) country = placeCountry(name);
      else country = NATIONALITIES[name] || null;
      if (country) ownerStart = toks[from].start;
    }
    if (!country && !(cls === 'government' || cls === 'military')) {
      if (toks[k - 1]?.lower !== 'the') continue;
    }
    if (!country && (cls === 'government' || cls === 'military')) continue;
    if (toks[i].lower === 'chief' && i + 1 < toks.length && isUpper(toks[i + 1].text[0])) continue; // "spy chief Cho Tae-yong"
    const ministryMod =
      cls === 'ministry'
        ? mod
        : cls === 'foreign ministry'
          ? 'foreign'
          : cls === 'defense ministry'
            ? toks[k].lower
            : cls === 'unification ministry'
              ? 'unification'
              : null;
    const existing =
      ministryMod && toks[i].lower === 'ministry'
        ? b.organisations.findIndex(
            (o) =>
              /ministry|department/i.test(o.name) &&
              new RegExp(ministryMod.slice(0, 5), 'i').test(`${o.name} ${o.aliases.join(' ')}`),
          )
        : -1;
    // "the health ministry" after "the Ministry of Health" was named: that ministry, with or without a country
    if (ministryMod && (country || existing >= 0) && toks[i].lower === 'ministry') {
      // "China's commerce ministry" → Ministry of Commerce (an organisation in its own right)
      const name = `Ministry of ${MINISTRY_NAMES[ministryMod] ?? ministryMod[0].toUpperCase() + ministryMod.slice(1)}`;
      const idx =
        existing >= 0 ? existing : b.org(name, null, 'GOVERNMENT_AGENCY', p.text.slice(ownerStart, toks[i].end));
      if (existing < 0) b.orgCountry.set(idx, country);
      b.mentions.push({
        paragraph: pi,
        start: ownerStart,
        end: toks[i].end,
        type: 'org',
        ref: idx,
        text: p.text.slice(ownerStart, toks[i].end),
        possessive: false,
        fullStart: ownerStart,
      });
      continue;
    }
    b.mentions.push({
      paragraph: pi,
      start: ownerStart,
      end: toks[i].end,
      type: 'descriptor',
      ref: -1,
      text: p.text.slice(ownerStart, toks[i].end),
      possessive: false,
      fullStart: ownerStart,
      country,
      cls,
      roleAfter: mod ?? undefined,
    });
    void kind;
  }
}

export const DESCRIPTOR_KIND: Record<string, OrganisationKind> = dict({
  ...Object.fromEntries(DESC_CLASSES.map(([, c, k]) => [c, k])),
  agency: 'GOVERNMENT_AGENCY',
  ministry: 'GOVERNMENT_AGENCY',
});
