import { drizzleConnectionHelpers } from '@pothos/plugin-drizzle';
import { sql } from 'drizzle-orm';
import { builder } from '../builder.js';
import { OrganisationConnection } from './organisation.js';
import { PersonConnection } from './person.js';

// Article.people / Article.organisations page over the mention rows of the article, so that
// "most mentioned first" means most mentioned in this article, and map each row to its entity.
const mentionedPeople = drizzleConnectionHelpers(builder, 'articlePeople', {
  query: () => ({ orderBy: { mentions: 'desc', personId: 'asc' } }),
  select: (nestedSelection) => ({ with: { person: nestedSelection() } }),
  resolveNode: (mention) => mention.person,
});

const mentionedOrganisations = drizzleConnectionHelpers(builder, 'articleOrganisations', {
  query: () => ({ orderBy: { mentions: 'desc', organisationId: 'asc' } }),
  select: (nestedSelection) => ({ with: { organisation: nestedSelection() } }),
  resolveNode: (mention) => mention.organisation,
});

/**
 * Options of one mention connection: the page of mention rows planned into the article's query,
 * with the count of all of them as an extra of the same statement.
 */
function mentionConnection(
  helper: typeof mentionedPeople | typeof mentionedOrganisations,
  relation: 'mentionsOfPeople' | 'mentionsOfOrganisations',
  mentionTable: 'article_people' | 'article_organisations',
  type: 'people' | 'organisations',
  description: string,
) {
  const countKey = `${relation}Count`;
  return {
    type: type as never,
    nullable: false,
    description,
    args: helper.getArgs(),
    select: (args: any, ctx: any, nestedSelection: any) => ({
      with: { [relation]: helper.getQuery(args, ctx, nestedSelection) },
      extras: {
        [countKey]: (table: any) =>
          sql<number>`(select count(*) from ${sql.identifier(mentionTable)} m where m.article_id = ${table.id})`,
      },
    }),
    resolve: (article: any, args: any, ctx: any) =>
      ({ ...helper.resolve(article[relation], args, ctx), totalCount: article[countKey] }) as never,
  };
}

builder.drizzleObjectFields('articles', (t) => ({
  people: t.connection(
    mentionConnection(
      mentionedPeople,
      'mentionsOfPeople',
      'article_people',
      'people',
      'People mentioned in the article, most mentioned first.',
    ) as never,
    PersonConnection as never,
  ),
  organisations: t.connection(
    mentionConnection(
      mentionedOrganisations,
      'mentionsOfOrganisations',
      'article_organisations',
      'organisations',
      'Organisations mentioned in the article, most mentioned first.',
    ) as never,
    OrganisationConnection as never,
  ),
}));
