/** Archive and wire copy that writes a double quotation mark as two apostrophes (''…''). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { kindFor, speakerFor } from '../helpers.js';

const text =
  "Harbor vote delayed\n\nThe mayor, Ada Quill, told residents on Monday that the pier would be ''open again by the end of May.''\n\n" +
  "Bo Reyes, who runs the ferry company, called the plan ''a disgrace.''\n\n''We will not wait another year,'' Ms. Quill said.";

describe('two apostrophes as a double quotation mark', () => {
  it('finds partial quotes between doubled apostrophes', () => {
    const quotes = extract(text).quotes.map((q) => [q.kind, q.text]);
    expect(quotes).toContainEqual(['PARTIAL', 'open again by the end of May.']);
    expect(quotes).toContainEqual(['PARTIAL', 'a disgrace.']);
  });

  it('finds a direct quote between doubled apostrophes, with its speaker', () => {
    expect(kindFor(text, 'not wait another year')).toBe('DIRECT');
    expect(speakerFor(text, 'not wait another year')).toBe('Ada Quill');
  });

  it('leaves a single apostrophe alone', () => {
    expect(extract("Ada Quill's plan was the mayor's idea, she said.").quotes.every((q) => !q.text.includes('"'))).toBe(
      true,
    );
  });
});
