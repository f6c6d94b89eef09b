/**
 * mentions: reads the doc and the headline; returns the MentionIndex: people, organisations and places in the body
 * with coreference inside the article, each mention's position, and `entities`, the one call by which a later stage
 * adds an organisation or a person first seen as a speaker.
 *
 * Capitalised runs ("U.S. Defense Secretary Lloyd Austin", "Center for Security and Strategy") are
 * split into a title/description prefix and a head. A head is an organisation when it has an
 * organisation head word or is a known organisation/acronym, a place when it is in the place lists or
 * a nationality, and a person only when it has a name shape (2–4 capitalised tokens, none of them a
 * place, organisation word, month or common word). Single tokens become people only as the surname of
 * someone named in full, or with a title ("Mr Kim", "lawmaker Lee") or as the subject of a speech verb.
 *
 * Order: each capitalised run goes through RUN_RULES (run-rules.ts); then lone words (lone-words.ts), descriptors
 * ("South Korea's spy agency"), appositions, teams, the evidence a person needs, affiliations (person-evidence.ts),
 * and full names from the headline (furniture.ts).
 */
import type { ParagraphInfo } from '../doc/index.js';
import { findDescriptors } from './descriptors.js';
import { runs, type Run } from './runs.js';
import {
  addAffiliations,
  addAppositions,
  keepEvidencedPeople,
  teamsNotPeople,
  type PersonNote,
} from './person-evidence.js';
import { resolveSingles, type PendingSingle } from './lone-words.js';
import { completeFromTitle } from './furniture.js';
import { type RunSinks, runFacts } from './run-facts.js';
import { RUN_RULES } from './run-rules.js';
import { MentionBuilder, type Mention, type MentionIndex } from './table.js';

export function findMentions(info: ParagraphInfo[], title = ''): MentionIndex {
  const b = new MentionBuilder();
  const singles: PendingSingle[] = [];
  const descs: PersonNote[] = [];
  const titled = new Set<number>(); // people named after a title or honorific ("Prof. Ashish Verma")

  let wholeText: string | null = null;
  const whole = (): string => (wholeText ??= info.map((q) => q.text).join('\n'));
  const sinks: RunSinks = { b, singles, descs, titled, whole };
  info.forEach((p, pi) => {
    if (p.text.length > 50000) return;
    let prevRun: Run | null = null;
    for (const run of runs(p, pi)) {
      const pr = prevRun;
      prevRun = run;
      const facts = runFacts(p, pi, run, pr, sinks);
      if (!facts) continue;
      const before = b.mentions.length;
      for (const rule of RUN_RULES) {
        const reason = rule(facts);
        if (!reason) continue;
        for (let i = before; i < b.mentions.length; i++) b.mentions[i].rule = reason;
        break;
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
