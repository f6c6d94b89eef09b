/** The quotes stage on its own, over paragraphs given directly (no segmenting, no speakers). */
import { extract } from '../../../src/extract/index.js';
import { findQuotes } from '../../../src/extract/index.js';

export { scanMarks } from '../../../src/extract/index.js';

export const quotesIn = (...paras: string[]) => findQuotes(paras);

/** `KIND:text` for every quote found in the paragraphs, in order. */
export const kindsAndTexts = (...paras: string[]) => quotesIn(...paras).map((x) => `${x.kind}:${x.text}`);

/** The texts of the INDIRECT quotes the whole pipeline finds in an article. */
export const indirectTexts = (text: string) =>
  extract(text)
    .quotes.filter((q) => q.kind === 'INDIRECT')
    .map((q) => q.text);
