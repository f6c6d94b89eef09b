import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

/** Each quote carries the id of the speaker rule that named its speaker (what `npm run eval -- --verbose` prints). */
describe('speaker rules', () => {
  it.each([
    ['“We will rebuild the bridge,” said Mayor Anna Kowalski.', 'cue-after-quote'],
    ['Mayor Anna Kowalski said: “We will rebuild the bridge.”', 'cue-before-quote'],
    ['Mayor Anna Kowalski said the bridge would be rebuilt by spring.', 'reporting-clause-before'],
    ['The bridge will be rebuilt by spring, Mayor Anna Kowalski said.', 'reporting-clause-after'],
    ['The bridge will be rebuilt by spring, according to Mayor Anna Kowalski.', 'according-to'],
    [
      'Mayor Anna Kowalski visited the site on Monday.\n“We will rebuild the bridge,” she said.\n“It will take a year.”',
      'continues-previous-speaker',
    ],
  ])('%s → %s', (text, rule) => {
    const x = extract(text);
    const last = x.quotes[x.quotes.length - 1];
    expect(last.speaker).not.toBeNull();
    expect(x.people[last.speaker!.ref].name).toBe('Anna Kowalski');
    expect(last.speakerRule).toBe(rule);
  });

  it('leaves the rule out when no speaker is found', () => {
    const x = extract('“We will rebuild the bridge.”');
    expect(x.quotes.map((q) => q.speakerRule)).toEqual([undefined]);
  });
});
