import { builder } from '../builder.js';

builder.drizzleObjectFields('quotes', (t) => ({
  context: t.string({
    nullable: false,
    description:
      'The paragraph the quote stands in (all of its paragraphs, blank-line separated, when it runs over several), ' +
      'so a page can show the words with what surrounds them.',
    select: { columns: { paragraph: true, endParagraph: true }, with: { article: { columns: { paragraphs: true } } } },
    resolve: (quote) => quote.article.paragraphs.slice(quote.paragraph, quote.endParagraph + 1).join('\n\n'),
  }),
}));
