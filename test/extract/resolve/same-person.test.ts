/** When two names are the same person: spelling and transliteration variants, initials; never a shared surname alone. */
import { describe, expect, it } from 'vitest';
// samePerson is not exported from src/extract/index.ts yet
import { samePerson } from '../../../src/extract/index.js';

describe('samePerson', () => {
  it.each([
    { from: 'samples', a: 'Park Sun-won', b: 'Park Sunwon', same: true },
    { from: 'samples', a: 'Lee Seong-kweun', b: 'Lee Seong Kweun', same: true },
    { from: 'samples', a: 'Volodymyr Zelensky', b: 'Volodymyr Zelenskyy', same: true },
    { from: 'samples', a: 'Zelensky', b: 'Volodymyr Zelenskyy', same: true },
    { from: 'samples', a: 'Kim Dong-yup', b: 'Kim Jong Un', same: false },
    { from: 'constructed', a: 'Kim Jong Un', b: 'Kim Yo Jong', same: false },
    { from: 'constructed', a: 'John Smith', b: 'Jane Smith', same: false },
    { from: 'constructed', a: 'J. Smith', b: 'John Smith', same: true },
  ])('$a / $b → $same ($from)', ({ a, b, same }) => expect(samePerson(a, b)).toBe(same));
});
