import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/db/node.js';

/**
 * An ordinary article of about `bytes` (the bodies of the bundled and evaluation articles, one after
 * another, each under a numbered dateline so no two paragraphs repeat exactly): slow to extract
 * because it is long, not because of any pathological pattern, so it stays slow however the
 * extractor is tuned for hostile input.
 */
export function longOrdinaryArticle(bytes: number, headline = 'A long day of briefings across the region'): string {
  const bodies = ['data/articles', 'test/eval/articles'].flatMap((folder) =>
    readdirSync(join(projectRoot, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) =>
        readFileSync(join(projectRoot, folder, name), 'utf8')
          .split('\n')
          .slice(1)
          .join('\n'),
      ),
  );
  let text = `${headline}\n`;
  for (let i = 0; text.length < bytes; i++) text += `Dispatch ${i + 1}.\n${bodies[i % bodies.length]}\n\n`;
  return text;
}
