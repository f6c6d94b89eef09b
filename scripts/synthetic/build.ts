import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import Database from 'libsql';
import { nameKeys, quoteKey } from '../../src/extract/index.js';
import { migrateDatabase, openDatabase, projectRoot } from '../../src/db/node.js';
import { slugify } from '../../src/ingest/slug.js';
import { loadMaterial, random, type Material } from './material.js';

type Db = InstanceType<typeof Database>;

interface Person {
  id: number;
  name: string;
  last: string;
  description: string;
  organisations: number[];
}

/**
 * Builds a corpus of `articles` synthetic articles straight into an embedded libSQL file: rows
 * like real ingestion's (articles with paragraphs, quotes with offsets and speakers, people with
 * aliases, descriptions and affiliations, organisations, mentions, denormalised counts, search
 * index), from real sentences and quotes recombined. Rows go in by prepared statements inside big
 * transactions; the triggers that index articles and quotes for search are set aside meanwhile and
 * the index is rebuilt once at the end, which is far faster than indexing row by row.
 */
export async function buildSyntheticCorpus(path: string, articles: number, log: (line: string) => void = () => {}) {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
  const migrated = openDatabase(`file:${path}`);
  await migrateDatabase(migrated);
  migrated.$client.close();

  const material = loadMaterial(projectRoot);
  const rnd = random(articles);
  const db: Db = new Database(path);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY',
  );
  const bulkTriggers = db
    .prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name in ('articles', 'quotes')")
    .all() as { name: string; sql: string }[];
  for (const trigger of bulkTriggers) db.exec(`DROP TRIGGER "${trigger.name}"`);

  const started = Date.now();
  const organisationCount = Math.max(40, Math.ceil(articles / 50));
  const outletIds = insertOrganisations(db, material, organisationCount, rnd);
  const people = insertPeople(db, material, Math.max(60, Math.ceil(articles / 4)), organisationCount, rnd);
  log(`  ${people.length} people, ${organisationCount} organisations (${Date.now() - started} ms)`);

  const insertArticle = db.prepare(
    'insert into articles (id, slug, title, url, source_id, byline, dateline, published_at, sort_date, ingested_at, body, paragraphs, word_count, quote_count, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertQuote = db.prepare(
    'insert into quotes (article_id, position, text, kind, cue, speaker_person_id, speaker_organisation_id, speaker_text, paragraph, end_paragraph, start_offset, end_offset, text_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPersonMention = db.prepare(
    'insert into article_people (article_id, person_id, mentions) values (?, ?, ?)',
  );
  const insertOrganisationMention = db.prepare(
    'insert into article_organisations (article_id, organisation_id, mentions) values (?, ?, ?)',
  );
  const ingestedAt = new Date().toISOString();
  const firstDay = Date.parse('2024-01-01T00:00:00Z');
  const span = 730 * 86_400_000;
  let quoteTotal = 0;

  const writeArticle = (id: number) => {
    const outlet = rnd.pick(outletIds);
    const dateline = rnd.pick(material.datelines);
    const cast = new Map<number, number>(); // person id → mentions
    const speakers = Array.from({ length: 2 + rnd.int(4) }, () => people[rnd.skewed(people.length)]);
    const paragraphs = [`${dateline} (${outlet.name}) — ${rnd.pick(material.sentences)}`];
    const quotes: unknown[][] = [];
    const quoteCount = 6 + rnd.int(9);
    for (let position = 0; position < quoteCount; position++) {
      if (rnd.next() < 0.4) paragraphs.push(`${rnd.pick(material.sentences)} ${rnd.pick(material.sentences)}`);
      const quote = rnd.pick(material.quotes);
      const roll = rnd.next();
      const person = roll < 0.85 ? rnd.pick(speakers) : null;
      const organisation = roll >= 0.85 && roll < 0.93 ? 1 + rnd.int(organisationCount) : null;
      const firstMention = person !== null && !cast.has(person.id);
      if (person) cast.set(person.id, (cast.get(person.id) ?? 0) + 1);
      const speakerText = person ? (firstMention ? person.name : person.last) : organisation ? 'the ministry' : null;
      const who = person
        ? firstMention
          ? `${person.name}, ${person.description},`
          : person.last
        : (speakerText ?? 'officials');
      let paragraph: string;
      let start: number;
      if (quote.kind === 'DIRECT') {
        paragraph = `“${quote.text},” ${quote.cue} ${who.replace(/,$/, '')}.`;
        start = 1;
      } else if (quote.kind === 'PARTIAL') {
        paragraph = `${capitalise(who.replace(/,$/, ''))} ${quote.cue} the plan was “${quote.text}.”`;
        start = paragraph.indexOf('“') + 1;
      } else {
        paragraph = `${capitalise(who.replace(/,$/, ''))} ${quote.cue} ${quote.text}.`;
        start = paragraph.length - quote.text.length - 1;
      }
      const index = paragraphs.push(paragraph) - 1;
      quotes.push([
        id,
        position,
        quote.text,
        quote.kind,
        quote.cue,
        person?.id ?? null,
        organisation,
        speakerText,
        index,
        index,
        start,
        start + quote.text.length,
        quoteKey(quote.text),
      ]);
    }
    const title = rnd.next() < 0.5 ? rnd.pick(material.titles) : rnd.pick(material.sentences).replace(/\.$/, '');
    const body = paragraphs.join('\n\n');
    const publishedAt = new Date(firstDay + Math.floor((span * id) / articles) + rnd.int(3_600_000)).toISOString();
    insertArticle.run(
      id,
      `${slugify(title, 60)}-${id}`,
      title,
      `https://news.example/${id}`,
      outlet.id,
      `By ${rnd.pick(people).name}`,
      `${dateline} (${outlet.name})`,
      publishedAt,
      publishedAt,
      ingestedAt,
      body,
      JSON.stringify(paragraphs),
      body.split(/\s+/).length,
      quotes.length,
      createHash('sha256').update(body).digest('hex'),
    );
    for (const row of quotes) insertQuote.run(...row);
    quoteTotal += quotes.length;
    for (const [personId, mentions] of cast) insertPersonMention.run(id, personId, mentions + 1);
    const organisations = new Set([outlet.id, ...speakers.flatMap((p) => p.organisations)]);
    for (const organisationId of organisations) insertOrganisationMention.run(id, organisationId, 1 + rnd.int(3));
  };

  const batch = db.transaction((from: number, to: number) => {
    for (let id = from; id < to; id++) writeArticle(id);
  });
  for (let from = 1; from <= articles; from += 2000) {
    const to = Math.min(articles + 1, from + 2000);
    batch(from, to);
    if ((to - 1) % 20_000 === 0 || to > articles)
      log(`  ${to - 1} articles, ${quoteTotal} quotes (${Date.now() - started} ms)`);
  }

  db.exec(`
    update people set
      mention_count = coalesce((select sum(mentions) from article_people where person_id = people.id), 0),
      quote_count = (select count(*) from quotes where speaker_person_id = people.id);
    update organisations set
      mention_count = coalesce((select sum(mentions) from article_organisations where organisation_id = organisations.id), 0),
      quote_count = (select count(*) from quotes where speaker_organisation_id = organisations.id);
    insert into meta (key, value) values ('generation', 1) on conflict (key) do update set value = value + 1;
  `);
  for (const trigger of bulkTriggers) db.exec(trigger.sql);
  // External-content search indexes (articles, quotes) are rebuilt from their tables in one pass.
  const externalIndexes = (
    db.prepare("select name, sql from sqlite_master where type = 'table' and sql like '%fts5%'").all() as {
      name: string;
      sql: string;
    }[]
  ).filter((table) => /content\s*=\s*'[^']+'/i.test(table.sql));
  for (const { name } of externalIndexes) db.exec(`INSERT INTO "${name}"("${name}") VALUES ('rebuild')`);
  db.exec('ANALYZE; PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  log(
    `  indexed for search (${externalIndexes.map((t) => t.name).join(', ') || 'no search index'}); ${Date.now() - started} ms in all`,
  );
  return { articles, quotes: quoteTotal, people: people.length, organisations: organisationCount };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function insertOrganisations(db: Db, m: Material, count: number, rnd: ReturnType<typeof random>) {
  const insert = db.prepare('insert into organisations (id, slug, name, acronym, kind) values (?, ?, ?, ?, ?)');
  const alias = db.prepare('insert or ignore into organisation_aliases (organisation_id, alias, key) values (?, ?, ?)');
  const suffixes = [
    ['Institute', 'THINK_TANK'],
    ['University', 'UNIVERSITY'],
    ['Group', 'COMPANY'],
    ['Holdings', 'COMPANY'],
    ['Foundation', 'OTHER'],
    ['Ministry', 'GOVERNMENT'],
  ] as const;
  const outlets: { id: number; name: string }[] = [];
  const names = new Set<string>();
  db.transaction(() => {
    for (let id = 1; id <= count; id++) {
      let org: { name: string; acronym: string | null; kind: string };
      if (id <= m.outlets.length) org = { name: m.outlets[id - 1], acronym: null, kind: 'MEDIA' };
      else if (id - m.outlets.length <= m.organisations.length) org = m.organisations[id - m.outlets.length - 1];
      else {
        const [suffix, kind] = rnd.pick([...suffixes]);
        org = { name: `${rnd.pick(m.lastNames)} ${suffix}`, acronym: null, kind };
        for (let _n = 2; names.has(org.name); _n++)
          org.name = `${rnd.pick(m.lastNames)} ${rnd.pick(m.lastNames)} ${suffix}`;
      }
      names.add(org.name);
      insert.run(id, `${slugify(org.name)}-${id}`, org.name, org.acronym, org.kind);
      for (const name of new Set([org.name, ...(org.acronym ? [org.acronym] : [])])) {
        for (const key of nameKeys(name)) alias.run(id, name, key);
      }
      if (org.kind === 'MEDIA') outlets.push({ id, name: org.name });
    }
  })();
  return outlets;
}

function insertPeople(
  db: Db,
  m: Material,
  count: number,
  organisationCount: number,
  rnd: ReturnType<typeof random>,
): Person[] {
  const insert = db.prepare('insert into people (id, slug, name) values (?, ?, ?)');
  const alias = db.prepare('insert or ignore into person_aliases (person_id, alias, key) values (?, ?, ?)');
  const description = db.prepare('insert or ignore into person_descriptions (person_id, description) values (?, ?)');
  const affiliation = db.prepare(
    'insert or ignore into affiliations (person_id, organisation_id, role) values (?, ?, ?)',
  );
  const people: Person[] = [];
  const names = new Set<string>();
  db.transaction(() => {
    for (let id = 1; id <= count; id++) {
      let name = `${rnd.pick(m.firstNames)} ${rnd.pick(m.lastNames)}`;
      while (names.has(name))
        name = `${rnd.pick(m.firstNames)} ${String.fromCharCode(65 + rnd.int(26))}. ${rnd.pick(m.lastNames)}`;
      names.add(name);
      const last = name.split(' ').at(-1)!;
      const person: Person = { id, name, last, description: rnd.pick(m.descriptions), organisations: [] };
      insert.run(id, `${slugify(name)}-${id}`, name);
      for (const key of nameKeys(name)) alias.run(id, name, key);
      description.run(id, person.description);
      const ties = rnd.next() < 0.7 ? 1 + (rnd.next() < 0.15 ? 1 : 0) : 0;
      for (let i = 0; i < ties; i++) {
        const organisationId = 1 + rnd.int(organisationCount);
        person.organisations.push(organisationId);
        affiliation.run(id, organisationId, rnd.pick(m.roles));
      }
      people.push(person);
    }
  })();
  return people;
}
