/** One-word and short partial quotes that a speaker applies to someone (`called the plan “reckless”`). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { speakerFor } from '../helpers.js';

describe('short partial quotes', () => {
  it('keeps a one-word partial quote after a noun and gives it the sentence’s speaker', () => {
    const text = 'Mayor Ada Quill called the ferry operators “profiteers” on Monday.';
    expect(extract(text).quotes.map((q) => q.text)).toContain('profiteers');
    expect(speakerFor(text, 'profiteers')).toBe('Ada Quill');
  });

  it('keeps a short partial quote after a possessive', () => {
    const text = 'Councilman Bo Reyes mocked the mayor’s “harbor renaissance” at the meeting.';
    expect(extract(text).quotes.map((q) => q.text)).toContain('harbor renaissance');
    expect(speakerFor(text, 'harbor renaissance')).toBe('Bo Reyes');
  });

  it('still drops a Title-Case name in quotation marks', () => {
    const text = 'The ferry, known as “Sea Queen,” sailed at noon.';
    expect(extract(text).quotes).toEqual([]);
  });
});
