/** The five sample articles (one story, four outlets): specific quotes, speakers and merges. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, resolve } from '../../src/extract/index.js';
import type { Extraction } from '../../src/extract/index.js';
import { findQuote, speakerName } from './helpers.js';

const dir = join(__dirname, '../../data/articles');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const X: Record<string, Extraction> = Object.fromEntries(
  files.map((f) => [f.slice(0, 3), extract(readFileSync(join(dir, f), 'utf8'))]),
);

const spk = (id: string, needle: string) => {
  const q = findQuote(X[id], needle);
  expect(q, `quote "${needle}" in ${id}`).toBeDefined();
  return speakerName(X[id], q!);
};

const PLACES = [
  'Seoul',
  'Pyongyang',
  'Moscow',
  'Russia',
  'North Korea',
  'South Korea',
  'Ukraine',
  'Kursk',
  'Korean',
  'North Koreans',
  'Storm Corps',
  'Washington Post',
  'NATO',
  'Nato',
  'NIS',
];

describe('samples: every quote has the right speaker', () => {
  it.each([
    ['000', 'fake news', 'Russia'],
    ['000', 'provocation', 'Dmitry Peskov'],
    ['000', 'could be a significant escalation', 'Lloyd Austin'],
    ['000', 'he was not sure whether', 'Lloyd Austin'],
    ['000', 'hiding', 'Lloyd Austin'],
    ['000', 'the first batch of North Korean troops were being trained', 'NIS'],
    ['000', 'NIS had heard from some family members', 'NIS'],
    ['000', 'the Russians will likely offer', null],
    ['001', 'About 3,000 North Korean soldiers sent to Russia', 'Park Sun-won'],
    ['001', 'I believe the U.S. has delayed', 'Doo Jin-ho'],
    ['001', 'North Korea sent pilots to fight', 'Kim Dong-yup'],
    ['001', 'The special elite forces', 'Doo Jin-ho'],
    ['001', 'What concerns us most', 'Yang Uk'],
    ['001', 'North Korea would be able to gain economic support', 'Yang Uk'],
    ['001', 'Pyongyang will seek advanced military technology', 'Doo Jin-ho'],
    ['001', 'North Korea may also ask Russia', 'Doo Jin-ho'],
    ['001', 'Our future hinges', 'Kim Dong-yup'],
    ['001', 'Whether we want it or not', 'Doo Jin-ho'],
    ['001', 'it believes North Korea has sent 3,000 troops', 'National Intelligence Service'],
    ['001', "Russia's parliament ratified", 'TASS'],
    ['002', 'What exactly they are doing', 'Lloyd Austin'],
    ['002', 'very, very serious issue', 'Lloyd Austin'],
    ['002', 'his government had intelligence', 'Volodymyr Zelenskyy'],
    ['002', 'another 1,500 North Korean troops recently arrived', 'Cho Tae-yong'],
    ['002', 'around 3,000 North Korean soldiers are in Russia', 'Cho Tae-yong'],
    ['003', 'President Yoon Suk Yeol had presided', 'Presidential Office'],
    ['004', 'North Korea has sent 1,500 more soldiers', 'National Intelligence Service'],
    ['004', 'the nuclear-armed North is supplying Russia', 'South Korea'],
    ['002', 'the NIS believes North Korea plans', 'Park Sunwon'],
    ['002', 'Russian military instructors have praised', 'Lee Seong Kweun'],
    ['002', 'North Korean troops are expected to arrive', 'Military Intelligence Directorate'],
    ['003', 'From our intelligence', 'Volodymyr Zelensky'],
    ['003', 'They are preparing on their land', 'Volodymyr Zelensky'],
    ['003', 'have no evidence that North Korean soldiers', 'Mark Rutte'],
    ['003', 'another piece of fake news', 'Dmitry Peskov'],
    ['003', 'world war', 'Volodymyr Zelensky'],
    ['003', 'Diplomatically, Pyongyang', 'Leif-Eric Easley'],
    ['003', 'more North Korean troops are expected to be sent to Russia soon', 'National Intelligence Service'],
    ['004', 'An additional 1,500 troops', 'Park Sun-won'],
    ['004', 'The planned deployment of about 10,000 troops', 'Park Sun-won'],
    ['004', 'large-scale', 'National Intelligence Service'],
    ['004', 'Additionally, there are reports circulating', 'Lee Seong-kweun'],
    ['004', 'In response, North Korean authorities', 'Lee Seong-kweun'],
    ['004', 'is actively recruiting', 'Lee Seong-kweun'],
    ['004', 'Russian instructors participating', 'Lee Seong-kweun'],
    ['004', 'there could be a significant number of casualties', 'Lee Seong-kweun'],
    ['004', "it had summoned North Korea's envoy", 'Germany'],
    ['004', 'two North Korean brigades', 'Volodymyr Zelensky'],
  ])('%s: “%s” → %s', (id, needle, who) => expect(spk(id, needle)).toBe(who));

  it('the multi-paragraph Easley quote is one quote over two paragraphs', () => {
    const q = findQuote(X['003'], 'Diplomatically')!;
    expect(q.endParagraph).toBe(q.paragraph + 1);
    expect(q.text).toContain('\n');
    expect(q.kind).toBe('DIRECT');
  });
  it('the scare-quoted unit name is not a quote, and a partial quote is PARTIAL', () => {
    expect(X['004'].quotes.some((q) => q.text.replace(/["“”]/g, '') === 'Storm Corps')).toBe(false);
    expect(findQuote(X['000'], 'provocation')!.kind).toBe('PARTIAL');
  });
});

describe('samples: people and organisations', () => {
  it('no place, group, unit or outlet is a person', () => {
    for (const x of Object.values(X)) for (const p of x.people) expect(PLACES).not.toContain(p.name);
  });
  it('no quote is attributed to a place as a person', () => {
    for (const x of Object.values(X))
      for (const q of x.quotes)
        if (q.speaker?.type === 'person') expect(PLACES).not.toContain(x.people[q.speaker.ref].name);
  });
  it('finds the expected people with canonical names', () => {
    expect(X['001'].people.map((p) => p.name).sort()).toEqual(
      ['Cho Tae-yong', 'Doo Jin-ho', 'Kim Dong-yup', 'Park Sun-won', 'Vladimir Putin', 'Yang Uk'].sort(),
    );
    expect(X['003'].people.map((p) => p.name)).toContain('Kim Jong Un');
  });
  it('reads the outlet and dates', () => {
    expect(X['002'].article.source).toBe('AP');
    expect(X['004'].article.source).toBe('AFP');
    expect(X['004'].article.publishedAt).toBe('2024-10-23');
    expect(X['004'].article.publishedLocal).toBe('2024-10-23T16:47');
    expect(X['004'].article.updatedAt).toBe('2024-10-23');
    expect(X['003'].article.title).toBe(
      'South Korea spy agency says North has sent troops to aid Russia’s war in Ukraine',
    );
  });
});

describe('samples: cross-article merges', () => {
  it('one person for Park Sun-won / Park Sunwon, Lee Seong-kweun / Lee Seong Kweun, Zelensky / Zelenskyy', () => {
    // ingest 001, 003, 004 first, then resolve 002 against what they produced
    let id = 1;
    const people = ['001', '003', '004'].flatMap((k) =>
      X[k].people.map((p) => ({ id: id++, name: p.name, aliases: p.aliases, organisations: [] })),
    );
    const orgs = ['001', '003', '004'].flatMap((k) =>
      X[k].organisations.map((o) => ({ id: id++, name: o.name, acronym: o.acronym, aliases: o.aliases })),
    );
    const r = resolve(X['002'], { people, organisations: orgs });
    const idOf = (n: string) => r.people[X['002'].people.findIndex((p) => p.name === n)].id;
    const known = (n: string) => people.find((p) => p.name === n)!.id;
    expect(idOf('Park Sunwon')).toBe(known('Park Sun-won'));
    expect(idOf('Lee Seong Kweun')).toBe(known('Lee Seong-kweun'));
    expect(idOf('Volodymyr Zelenskyy')).toBe(known('Volodymyr Zelensky'));
    const nis = X['002'].organisations.findIndex((o) => o.acronym === 'NIS');
    expect(r.organisations[nis].id).not.toBeNull();
    const nato = X['002'].organisations.findIndex((o) => o.name === 'NATO');
    expect(orgs.find((o) => o.id === r.organisations[nato].id)?.name).toBe('NATO');
  });
  it('never merges Kim Dong-yup with Kim Jong Un', () => {
    const r = resolve(X['001'], {
      people: [{ id: 99, name: 'Kim Jong Un', aliases: [], organisations: [] }],
      organisations: [],
    });
    const kim = X['001'].people.findIndex((p) => p.name === 'Kim Dong-yup');
    expect(r.people[kim].id).toBeNull();
  });
});
