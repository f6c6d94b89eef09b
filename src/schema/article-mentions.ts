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

builder.drizzleObjectFields('articles', (t) => ({
  people: t.connection(
    {
      type: 'people' as never,
      description: 'People mentioned in the article, most mentioned first.',
      args: mentionedPeople.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        with: { mentionsOfPeople: mentionedPeople.getQuery(args, ctx, nestedSelection) },
        extras: {
          peopleCount: (table: any) => sql<number>`(select count(*) from article_people m where m.article_id = ${table.id})`,
        },
      }),
      resolve: (article: any, args, ctx) =>
        ({ ...mentionedPeople.resolve(article.mentionsOfPeople, args, ctx), totalCount: article.peopleCount }) as never,
    },
    PersonConnection as never,
  ),
  organisations: t.connection(
    {
      type: 'organisations' as never,
      description: 'Organisations mentioned in the article, most mentioned first.',
      args: mentionedOrganisations.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        with: { mentionsOfOrganisations: mentionedOrganisations.getQuery(args, ctx, nestedSelection) },
        extras: {
          organisationsCount: (table: any) =>
            sql<number>`(select count(*) from article_organisations m where m.article_id = ${table.id})`,
        },
      }),
      resolve: (article: any, args, ctx) =>
        ({ ...mentionedOrganisations.resolve(article.mentionsOfOrganisations, args, ctx), totalCount: article.organisationsCount }) as never,
    },
    OrganisationConnection as never,
  ),
}));
