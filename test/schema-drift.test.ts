import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, isInterfaceType, isInputObjectType, isEnumType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, schemaFilePath } from '../src/schema/print.js';
import { schema } from '../src/schema/index.js';

describe('schema/schema.graphql', () => {
  it('is what the code prints (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync(schemaFilePath, 'utf8')).toBe(printSchemaFile());
  });

  it('describes every type, field, argument and enum value (GraphiQL is the documentation)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('has everything the public contract (shared API.md) names', () => {
    const sdl = readFileSync(schemaFilePath, 'utf8');
    const printed = buildSchema(sdl);
    const contract: Record<string, string[]> = {
      Query: [
        'node',
        'nodes',
        'article',
        'articles',
        'person',
        'people',
        'organisation',
        'organisations',
        'quotes',
        'search',
      ],
      Article: [
        'id',
        'slug',
        'title',
        'url',
        'source',
        'byline',
        'dateline',
        'publishedAt',
        'body',
        'paragraphs',
        'wordCount',
        'people',
        'organisations',
        'quotes',
      ],
      Person: ['id', 'slug', 'name', 'aliases', 'descriptions', 'affiliations', 'mentionCount', 'quotes', 'articles'],
      Organisation: [
        'id',
        'slug',
        'name',
        'acronym',
        'aliases',
        'kind',
        'mentionCount',
        'people',
        'quotes',
        'articles',
      ],
      Affiliation: ['organisation', 'role'],
      Quote: ['id', 'text', 'kind', 'cue', 'speaker', 'speakerText', 'article', 'paragraph', 'alsoIn'],
      Mutation: ['ingestArticle', 'deleteArticle'],
      IngestArticlePayload: ['article', 'created'],
      DeleteArticlePayload: ['deletedId'],
      ArticleFilter: ['source', 'mentions', 'quotes', 'publishedAfter', 'publishedBefore', 'search'],
      QuoteFilter: [
        'speaker',
        'organisation',
        'article',
        'source',
        'kind',
        'publishedAfter',
        'publishedBefore',
        'search',
      ],
      PersonFilter: ['name', 'organisation', 'quoted'],
      OrganisationFilter: ['name', 'kind'],
      IngestArticleInput: ['text', 'url', 'source', 'title', 'publishedAt'],
      PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
    };
    for (const [typeName, fields] of Object.entries(contract)) {
      const type = printed.getType(typeName);
      expect(type, typeName).toBeDefined();
      const have = Object.keys((type as any).getFields());
      expect(have, typeName).toEqual(expect.arrayContaining(fields));
    }
    for (const connection of [
      'ArticleConnection',
      'PersonConnection',
      'OrganisationConnection',
      'QuoteConnection',
      'SearchResultConnection',
    ]) {
      const type = printed.getType(connection) as any;
      expect(type, connection).toBeDefined();
      expect(Object.keys(type.getFields())).toEqual(expect.arrayContaining(['edges', 'pageInfo', 'totalCount']));
    }
    expect((printed.getType('QuoteKind') as any).getValues().map((v: any) => v.name)).toEqual([
      'DIRECT',
      'INDIRECT',
      'PARTIAL',
    ]);
    expect(
      (printed.getType('OrganisationKind') as any)
        .getValues()
        .map((v: any) => v.name)
        .sort(),
    ).toEqual([
      'COMPANY',
      'GOVERNMENT',
      'GOVERNMENT_AGENCY',
      'INTERNATIONAL',
      'LEGISLATURE',
      'MEDIA',
      'MILITARY',
      'OTHER',
      'THINK_TANK',
      'UNIVERSITY',
    ]);
    expect(((printed.getType('Speaker') as any).getTypes() as any[]).map((t) => t.name).sort()).toEqual([
      'Organisation',
      'Person',
    ]);
  });
});
