import { defineRelations } from 'drizzle-orm';
import * as schema from './schema.js';

export const relations = defineRelations(schema, (r) => ({
  articles: {
    source: r.one.organisations({ from: r.articles.sourceId, to: r.organisations.id, alias: 'source' }),
    publisher: r.one.organisations({ from: r.articles.publisherId, to: r.organisations.id, alias: 'publisher' }),
    quotes: r.many.quotes({ from: r.articles.id, to: r.quotes.articleId }),
    claims: r.many.claims({ from: r.articles.id, to: r.claims.articleId }),
    mentionsOfPeople: r.many.articlePeople({ from: r.articles.id, to: r.articlePeople.articleId }),
    mentionsOfOrganisations: r.many.articleOrganisations({
      from: r.articles.id,
      to: r.articleOrganisations.articleId,
    }),
  },
  people: {
    aliases: r.many.personAliases({ from: r.people.id, to: r.personAliases.personId }),
    descriptions: r.many.personDescriptions({ from: r.people.id, to: r.personDescriptions.personId }),
    affiliations: r.many.affiliations({ from: r.people.id, to: r.affiliations.personId }),
    quotes: r.many.quotes({ from: r.people.id, to: r.quotes.speakerPersonId }),
    claims: r.many.claims({
      from: r.people.id.through(r.claimSources.personId),
      to: r.claims.id.through(r.claimSources.claimId),
    }),
    mentions: r.many.articlePeople({ from: r.people.id, to: r.articlePeople.personId }),
    articles: r.many.articles({
      from: r.people.id.through(r.articlePeople.personId),
      to: r.articles.id.through(r.articlePeople.articleId),
    }),
  },
  organisations: {
    aliases: r.many.organisationAliases({ from: r.organisations.id, to: r.organisationAliases.organisationId }),
    affiliations: r.many.affiliations({ from: r.organisations.id, to: r.affiliations.organisationId }),
    quotes: r.many.quotes({ from: r.organisations.id, to: r.quotes.speakerOrganisationId }),
    claims: r.many.claims({
      from: r.organisations.id.through(r.claimSources.organisationId),
      to: r.claims.id.through(r.claimSources.claimId),
    }),
    mentions: r.many.articleOrganisations({ from: r.organisations.id, to: r.articleOrganisations.organisationId }),
    people: r.many.people({
      from: r.organisations.id.through(r.affiliations.organisationId),
      to: r.people.id.through(r.affiliations.personId),
    }),
    articles: r.many.articles({
      from: r.organisations.id.through(r.articleOrganisations.organisationId),
      to: r.articles.id.through(r.articleOrganisations.articleId),
    }),
    published: r.many.articles({ from: r.organisations.id, to: r.articles.sourceId, alias: 'source' }),
  },
  affiliations: {
    person: r.one.people({ from: r.affiliations.personId, to: r.people.id, optional: false }),
    organisation: r.one.organisations({ from: r.affiliations.organisationId, to: r.organisations.id, optional: false }),
  },
  articlePeople: {
    article: r.one.articles({ from: r.articlePeople.articleId, to: r.articles.id, optional: false }),
    person: r.one.people({ from: r.articlePeople.personId, to: r.people.id, optional: false }),
  },
  articleOrganisations: {
    article: r.one.articles({ from: r.articleOrganisations.articleId, to: r.articles.id, optional: false }),
    organisation: r.one.organisations({
      from: r.articleOrganisations.organisationId,
      to: r.organisations.id,
      optional: false,
    }),
  },
  quotes: {
    article: r.one.articles({ from: r.quotes.articleId, to: r.articles.id, optional: false }),
    speakerPerson: r.one.people({ from: r.quotes.speakerPersonId, to: r.people.id }),
    speakerOrganisation: r.one.organisations({ from: r.quotes.speakerOrganisationId, to: r.organisations.id }),
    // Every quote with the same normalised words, this one included (Quote.alsoIn drops its own article).
    sameWords: r.many.quotes({ from: r.quotes.textKey, to: r.quotes.textKey }),
    speakerCandidates: r.many.speakerCandidates({ from: r.quotes.id, to: r.speakerCandidates.quoteId }),
  },
  speakerCandidates: {
    quote: r.one.quotes({ from: r.speakerCandidates.quoteId, to: r.quotes.id, optional: false }),
    // Named as on quotes, so one Speaker field plans and resolves both.
    speakerPerson: r.one.people({ from: r.speakerCandidates.personId, to: r.people.id }),
    speakerOrganisation: r.one.organisations({ from: r.speakerCandidates.organisationId, to: r.organisations.id }),
  },
  figures: {
    claims: r.many.claims({ from: r.figures.id, to: r.claims.figureId }),
  },
  claims: {
    article: r.one.articles({ from: r.claims.articleId, to: r.articles.id, optional: false }),
    figure: r.one.figures({ from: r.claims.figureId, to: r.figures.id }),
    quote: r.one.quotes({ from: r.claims.quoteId, to: r.quotes.id }),
    sources: r.many.claimSources({ from: r.claims.id, to: r.claimSources.claimId }),
  },
  claimSources: {
    person: r.one.people({ from: r.claimSources.personId, to: r.people.id }),
    organisation: r.one.organisations({ from: r.claimSources.organisationId, to: r.organisations.id }),
  },
}));
