/** Copy that opens a quote with a straight mark and closes it with a curly one ("…”). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { speakerFor } from '../helpers.js';

const text =
  'The plan drew doubts.\n\n"Nothing we could do now would make a difference,” Fred Kagan, director of the Harbor Project, said in an interview.';

describe('mixed quotation marks', () => {
  it('closes a straight opening mark at a curly closing one', () => {
    expect(extract(text).quotes.map((q) => q.text)).toContain('Nothing we could do now would make a difference,');
  });

  it('finds the speaker after the curly closing mark', () => {
    expect(speakerFor(text, 'Nothing we could do')).toBe('Fred Kagan');
  });
});
