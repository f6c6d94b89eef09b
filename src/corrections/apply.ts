import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import type { corrections } from '../db/schema.js';
import { nameKeys } from '../extract/index.js';

export type CorrectionRow = typeof corrections.$inferSelect;
export type CorrectionKind = CorrectionRow['kind'];

/** A correction's row id, or (while it is being inserted in the same batch) the statement that finds it. */
export type CorrectionRef = number | SQL;

/** The newest correction: inside the batch that inserts one, that one (a batch is a single write transaction). */
export const newestCorrection = sql`(select max(id) from corrections)`;

/** The facts a correction stores, by kind: what it is about (`target`) and what it makes true (`after`). */
export interface QuoteTarget {
  article: number;
  quoteKey: string;
}
export interface PersonTarget {
  person: number;
}
export interface MergeTarget {
  into: number;
  /** The merged-away person's names, with their lookup keys: whoever carries them is that person. */
  names: string[];
  keys: string[];
}
export interface SplitTarget {
  person: number;
  /** The articles whose mentions and quotes of `person` are someone else's. */
  articles: number[];
}
export interface OrganisationTarget {
  organisation: number;
}

/** A person as they are now: a merged-away ID follows its redirect to the survivor. */
export function currentPerson(id: number): SQL<number> {
  return sql<number>`coalesce((select person_id from person_redirects where from_id = ${id}), ${id})`;
}

const personExists = (person: SQL) => sql`exists (select 1 from people where id = ${person})`;
const quoteExists = ({ article, quoteKey }: QuoteTarget) =>
  sql`exists (select 1 from quotes where article_id = ${article} and text_key = ${quoteKey})`;

/** The keys a correction is found by when an article it may concern is written (see correctionKeys). */
export function scopeKeys(kind: CorrectionKind, target: Record<string, unknown>): string[] {
  if ('article' in target) return [`article:${target.article}`];
  if (kind === 'SPLIT_PERSON')
    return [`person:${target.person}`, ...(target as unknown as SplitTarget).articles.map((a) => `article:${a}`)];
  if (kind === 'MERGE_PEOPLE') return [...(target as unknown as MergeTarget).keys, `person:${target.into}`];
  if (kind === 'MERGE_ORGANISATIONS')
    return [...(target as unknown as MergeTarget).keys, `organisation:${target.into}`];
  if ('person' in target) return [`person:${target.person}`];
  if ('organisation' in target) return [`organisation:${target.organisation}`];
  return [];
}

const entities = {
  person: { table: 'people', aliases: 'person_aliases', column: 'person_id' },
  organisation: { table: 'organisations', aliases: 'organisation_aliases', column: 'organisation_id' },
} as const;

/** People (or organisations) with one of the merged-away names who are not the survivor. */
function mergedAway({ names, keys }: MergeTarget, into: SQL, entity: keyof typeof entities = 'person'): SQL {
  const { table, aliases, column } = entities[entity];
  const keyList = sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  );
  const nameList = sql.join(
    names.map((n) => sql`${n}`),
    sql`, `,
  );
  return sql`(select distinct ${sql.identifier(column)} from ${sql.identifier(aliases)} where key in (${keyList}) and alias in (${nameList}) and ${sql.identifier(column)} <> ${into} and exists (select 1 from ${sql.identifier(table)} where id = ${into}))`;
}

/** Moves the mentions, quotes, affiliations, articles and names of the organisations `from` selects onto `into`, and deletes them. */
function mergeOrganisationStatements(db: Database, from: SQL, into: SQL) {
  return [
    db.run(sql`insert into article_organisations (article_id, organisation_id, mentions)
      select article_id, ${into}, mentions from article_organisations where organisation_id in ${from} and true
      on conflict (article_id, organisation_id) do update set mentions = article_organisations.mentions + excluded.mentions`),
    db.run(sql`update quotes set speaker_organisation_id = ${into} where speaker_organisation_id in ${from}`),
    db.run(sql`update speaker_candidates set organisation_id = ${into} where organisation_id in ${from}`),
    db.run(sql`update articles set source_id = ${into} where source_id in ${from}`),
    db.run(sql`insert or ignore into affiliations (person_id, organisation_id, role)
      select person_id, ${into}, role from affiliations where organisation_id in ${from}`),
    db.run(sql`insert or ignore into organisation_aliases (organisation_id, alias, key)
      select ${into}, alias, key from organisation_aliases where organisation_id in ${from}`),
    // Aliases, affiliations and mentions go with the row (foreign keys cascade).
    db.run(sql`delete from organisations where id in ${from}`),
  ];
}

/** Moves everything of the people `from` selects onto `into` and deletes them, leaving a redirect behind. */
function mergeStatements(db: Database, from: SQL, into: SQL, correction: CorrectionRef) {
  return [
    db.run(sql`insert into article_people (article_id, person_id, mentions)
      select article_id, ${into}, mentions from article_people where person_id in ${from} and true
      on conflict (article_id, person_id) do update set mentions = article_people.mentions + excluded.mentions`),
    db.run(sql`update quotes set speaker_person_id = ${into} where speaker_person_id in ${from}`),
    db.run(sql`update speaker_candidates set person_id = ${into} where person_id in ${from}`),
    db.run(sql`insert or ignore into person_descriptions (person_id, description)
      select ${into}, description from person_descriptions where person_id in ${from}`),
    db.run(sql`insert or ignore into affiliations (person_id, organisation_id, role)
      select ${into}, organisation_id, role from affiliations where person_id in ${from}`),
    db.run(sql`update person_redirects set person_id = ${into} where person_id in ${from}`),
    db.run(sql`insert into person_redirects (from_id, from_slug, person_id, correction_id)
      select id, slug, ${into}, ${correction} from people where id in ${from} and true
      on conflict (from_id) do update set person_id = excluded.person_id, correction_id = excluded.correction_id`),
    db.run(sql`insert or ignore into person_aliases (person_id, alias, key)
      select ${into}, alias, key from person_aliases where person_id in ${from}`),
    // Aliases, descriptions, affiliations and mentions go with the row (foreign keys cascade).
    db.run(
      sql`delete from people where id in (select from_id from person_redirects where correction_id = ${correction} and from_id <> ${into})`,
    ),
  ];
}

export interface Application {
  statements: unknown[];
  /** People and organisations whose counts the statements change (besides those the caller already recounts). */
  people: number[];
  organisations?: number[];
}

/**
 * The statements that make a correction true in the database as it stands, and record whether its
 * target exists (`orphaned`). They read nothing beforehand, so they can follow the statements that
 * (re)write an article in the same batch; applied again they change nothing.
 */
export function applyStatements(
  db: Database,
  c: Pick<CorrectionRow, 'kind' | 'target' | 'after'>,
  id: CorrectionRef,
): Application {
  const markOrphaned = (gone: SQL) => db.run(sql`update corrections set orphaned = ${gone} where id = ${id}`);
  const target = c.target as Record<string, unknown>;
  const after = c.after as Record<string, unknown>;
  switch (c.kind) {
    case 'SET_QUOTE_SPEAKER': {
      const quote = target as unknown as QuoteTarget;
      const person = after.person === null ? null : currentPerson(after.person as number);
      const where = sql`article_id = ${quote.article} and text_key = ${quote.quoteKey}`;
      return {
        statements: [
          db.run(
            person
              ? sql`update quotes set speaker_person_id = ${person}, speaker_organisation_id = null, speaker_confidence = 1, speaker_withheld = 0 where ${where} and ${personExists(person)}`
              : sql`update quotes set speaker_person_id = null, speaker_organisation_id = null, speaker_confidence = 1, speaker_withheld = 0 where ${where}`,
          ),
          markOrphaned(
            person ? sql`not (${quoteExists(quote)} and ${personExists(person)})` : sql`not ${quoteExists(quote)}`,
          ),
        ],
        people: after.person === null ? [] : [after.person as number],
      };
    }
    case 'SET_QUOTE_KIND': {
      const quote = target as unknown as QuoteTarget;
      return {
        statements: [
          db.run(
            sql`update quotes set kind = ${after.kind} where article_id = ${quote.article} and text_key = ${quote.quoteKey}`,
          ),
          markOrphaned(sql`not ${quoteExists(quote)}`),
        ],
        people: [],
      };
    }
    case 'REJECT_QUOTE': {
      const quote = target as unknown as QuoteTarget;
      return {
        statements: [
          // Whether there was a quote to reject is recorded before it goes.
          markOrphaned(sql`not ${quoteExists(quote)}`),
          db.run(sql`delete from quotes where article_id = ${quote.article} and text_key = ${quote.quoteKey}`),
          db.run(
            sql`update articles set quote_count = (select count(*) from quotes where article_id = ${quote.article}) where id = ${quote.article}`,
          ),
        ],
        people: [],
      };
    }
    case 'MERGE_PEOPLE': {
      const merge = target as unknown as MergeTarget;
      const into = currentPerson(merge.into);
      return {
        statements: [
          ...mergeStatements(db, mergedAway(merge, into), into, id),
          markOrphaned(sql`not ${personExists(into)}`),
        ],
        people: [merge.into],
      };
    }
    case 'MERGE_ORGANISATIONS': {
      const merge = target as unknown as MergeTarget;
      const into = sql`${merge.into}`;
      return {
        statements: [
          ...mergeOrganisationStatements(db, mergedAway(merge, into, 'organisation'), into),
          markOrphaned(sql`not exists (select 1 from organisations where id = ${merge.into})`),
        ],
        people: [],
        organisations: [merge.into],
      };
    }
    case 'SPLIT_PERSON': {
      const split = target as unknown as SplitTarget;
      const from = currentPerson(split.person);
      const to = currentPerson(after.person as number);
      const articles = sql.join(
        split.articles.map((a) => sql`${a}`),
        sql`, `,
      );
      return {
        statements: [
          db.run(sql`insert into article_people (article_id, person_id, mentions)
            select article_id, ${to}, mentions from article_people where article_id in (${articles}) and person_id = ${from} and ${from} <> ${to} and ${personExists(to)}
            on conflict (article_id, person_id) do update set mentions = article_people.mentions + excluded.mentions`),
          db.run(
            sql`delete from article_people where article_id in (${articles}) and person_id = ${from} and ${from} <> ${to} and ${personExists(to)}`,
          ),
          db.run(
            sql`update quotes set speaker_person_id = ${to} where article_id in (${articles}) and speaker_person_id = ${from} and ${personExists(to)}`,
          ),
          db.run(
            sql`update speaker_candidates set person_id = ${to} where quote_id in (select id from quotes where article_id in (${articles})) and person_id = ${from} and ${personExists(to)}`,
          ),
          markOrphaned(sql`not ${personExists(to)}`),
        ],
        people: [split.person, after.person as number],
      };
    }
    case 'RENAME_PERSON':
    case 'ADD_ALIAS':
    case 'REMOVE_ALIAS': {
      const person = currentPerson((target as unknown as PersonTarget).person);
      const name = after.name as string;
      const statements: unknown[] = [];
      if (c.kind === 'RENAME_PERSON')
        statements.push(db.run(sql`update people set name = ${name} where id = ${person}`));
      if (c.kind === 'REMOVE_ALIAS') {
        statements.push(db.run(sql`delete from person_aliases where person_id = ${person} and alias = ${name}`));
      } else {
        for (const key of nameKeys(name))
          statements.push(
            db.run(
              sql`insert or ignore into person_aliases (person_id, alias, key) select ${person}, ${name}, ${key} where ${personExists(person)}`,
            ),
          );
      }
      statements.push(markOrphaned(sql`not ${personExists(person)}`));
      return { statements, people: [] };
    }
    case 'SET_ORGANISATION_KIND': {
      const organisation = (target as unknown as OrganisationTarget).organisation;
      return {
        statements: [
          db.run(sql`update organisations set kind = ${after.kind} where id = ${organisation}`),
          markOrphaned(sql`not exists (select 1 from organisations where id = ${organisation})`),
        ],
        people: [],
      };
    }
  }
}
