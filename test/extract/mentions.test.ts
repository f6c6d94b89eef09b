import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { peopleOf } from './helpers.js';

const orgs = (t: string) => extract(t).organisations;
const person = (t: string, name: string) => extract(t).people.find((p) => p.name === name);

describe('mentions: people and titles', () => {
  it('strips titles and honorifics and keeps them as descriptions', () => {
    const p = person('U.S. Defense Secretary Lloyd Austin confirmed on Monday that troops were sent.', 'Lloyd Austin');
    expect(p).toBeDefined();
    expect(p!.descriptions).toContain('U.S. Defense Secretary');
    expect(peopleOf('Rep. Park Sun-won said the troops were trained.')).toEqual(['Park Sun-won']);
    expect(peopleOf('Chief Executive Lena Hartmann told Reuters the results were good.')).toEqual(['Lena Hartmann']);
    expect(peopleOf('Gov. Kenji Morimoto signaled that rates could rise.')).toEqual(['Kenji Morimoto']);
  });
  it('keeps appositions as descriptions and affiliations', () => {
    const x = extract(
      '“It was unusual,” said Doo Jin-ho, a research fellow at the Center for Security and Strategy in the Korea Institute for Defense Analyses.',
    );
    const doo = x.people.find((p) => p.name === 'Doo Jin-ho')!;
    expect(doo.descriptions).toContain(
      'a research fellow at the Center for Security and Strategy in the Korea Institute for Defense Analyses',
    );
    const aff = doo.affiliations[0];
    expect(x.organisations[aff.organisation].name).toBe('Center for Security and Strategy');
    expect(aff.role).toBe('research fellow');
  });
  it("takes the title after an organisation's name as the role, not the nationality before it", () => {
    const x = extract(
      'In a closed-door meeting, South Korean National Intelligence Service (NIS) Director Cho Tae-yong informed lawmakers that more troops had arrived.',
    );
    const cho = x.people.find((p) => p.name === 'Cho Tae-yong')!;
    expect(cho.affiliations.map((a) => [x.organisations[a.organisation].name, a.role])).toEqual([
      ['National Intelligence Service', 'Director'],
    ]);
  });
  it('merges surname references and other spellings into one person', () => {
    const x = extract(
      'Lawmaker Lee Seong-kweun spoke.\nLee said the soldiers lacked experience.\nLawmaker Lee Seong Kweun added that more would come.',
    );
    expect(x.people.map((p) => p.name)).toEqual(['Lee Seong-kweun']);
    expect(x.people[0].aliases).toContain('Lee Seong Kweun');
    expect(x.people[0].mentions).toBe(3);
  });
  it('handles East Asian surname-first names', () => {
    const x = extract(
      'Kim Jong Un met Putin. Kim Dong-yup, a professor, said the meeting mattered.\n“It matters,” Kim said.',
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(['Kim Dong-yup', 'Kim Jong Un']);
  });
  it('needs evidence before calling a capitalised phrase a person', () => {
    expect(peopleOf('He received his Baggy Green on Thursday at the Perth Test.')).toEqual([]);
  });
});

describe('mentions: never people', () => {
  it.each([
    'North Korea has sent troops to the Korean Peninsula and the Russian Far East.',
    'North Koreans said nothing, while the Kursk region and Pyongyang stayed quiet.',
    'The elite "Storm Corps" was sent after the Korean War and the Cold War.',
    'The White House and the Washington Post reported on the Indo-Pacific region.',
    'South Korean lawmakers met Ukrainian officials in Seoul on Wednesday in October.',
  ])('%s', (t) => expect(peopleOf(t)).toEqual([]));
});

describe('mentions: organisations', () => {
  it('links an acronym to its name', () => {
    const o = orgs('The National Intelligence Service (NIS) said troops arrived. The NIS added more.');
    expect(o.map((x) => [x.name, x.acronym, x.kind])).toEqual([
      ['National Intelligence Service', 'NIS', 'GOVERNMENT_AGENCY'],
    ]);
  });
  it('recognises kinds by head word', () => {
    const k = (t: string) => orgs(t).map((o) => `${o.name}:${o.kind}`);
    expect(k('He teaches at the University of North Korean Studies.')).toEqual([
      'University of North Korean Studies:UNIVERSITY',
    ]);
    expect(k('She works at the Asan Institute for Policy Studies.')).toEqual([
      'Asan Institute for Policy Studies:THINK_TANK',
    ]);
    expect(k('He sits on the National Assembly Intelligence Committee.')).toEqual([
      'National Assembly Intelligence Committee:LEGISLATURE',
    ]);
    expect(k('Shares of Veltron Semiconductor rose.')).toEqual(['Veltron Semiconductor:COMPANY']);
  });
  it('knows outlets and international bodies, whatever the case', () => {
    const k = (t: string) => orgs(t).map((o) => `${o.name}:${o.kind}`);
    expect(k('Nato and Reuters were there.')).toEqual(['NATO:INTERNATIONAL', 'Reuters:MEDIA']);
    expect(k('The report came from Russian news agency TASS.')).toEqual(['TASS:MEDIA']);
  });
  it('names the outlet of the dateline as the source organisation', () => {
    const x = extract('SEOUL, South Korea (AP) — Troops were sent, officials said.');
    expect(x.source).not.toBeNull();
    expect(x.organisations[x.source!].kind).toBe('MEDIA');
    expect(x.organisations[x.source!].acronym).toBe('AP');
  });
});

describe('mentions: organisation coreference', () => {
  it('a first word refers back to a multi-word organisation', () => {
    const x = extract(
      'Samsung Electronics launched a phone. Samsung shares rose. A Samsung spokeswoman said demand was strong.',
    );
    expect(x.organisations.map((o) => o.name)).toEqual(['Samsung Electronics']);
    expect(x.organisations[0].mentions).toBe(3);
  });
  it('"the company" is the article\'s company rather than a company named once in passing', () => {
    const t =
      'Apple Inc. unveiled a phone. Apple shares fell. Dan Ives of Wedbush Securities said the upgrade was small. The company said it expects sales to rise.';
    const x = extract(t);
    const q = x.quotes.find((q) => q.text.includes('expects sales'))!;
    expect(x.organisations[q.speaker!.ref].name).toBe('Apple Inc');
  });
});

describe('mentions: organisations introduced by an apposition', () => {
  it('"Loopwise, the San Francisco-based scheduling startup, …" is a company, and later "Loopwise" is it', () => {
    const x = extract(
      'Loopwise, the San Francisco-based scheduling startup, cut staff. Loopwise said it regretted the move.',
    );
    expect(x.organisations.map((o) => [o.name, o.kind, o.mentions])).toEqual([['Loopwise', 'COMPANY', 2]]);
    expect(x.people).toEqual([]);
  });
});
