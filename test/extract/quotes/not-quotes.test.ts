/** Not quotes: names and titles of works in marks, scare quotes, requests, research and data, negations, passives. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { quotesIn as q } from './find-quotes.js';

const notSpeech = [
  'Officers asked anyone with information to contact the station.',
  'The mayor urged residents to stay indoors until the storm passed.',
  'Research suggests that sleep improves memory in older adults.',
  'Data show that sales fell in May.',
  'The study found that most patients recovered within a week.',
  'Evidence suggests the virus spread through the water supply.',
].map((text) => ({ from: 'independent-1', text }));

describe('quotes: names, titles and scare quotes in marks are not quotes', () => {
  // from: samples (sample 004) and eval article 38
  it('drops names and titles in quote marks', () => {
    expect(q('Analysts believe the elite "Storm Corps" was sent to Russia.')).toHaveLength(0);
    expect(q('Her film "The Quiet Harbour" opens on Friday.')).toHaveLength(0);
  });
  it('drops short scare quotes with no speech verb', () => {
    expect(q('The so-called "peace plan" was shelved.')).toHaveLength(0);
    expect(q('Officials marked the "second birthday" of the scheme.')).toHaveLength(0);
  });
  // from: independent-1
  it('a book title with a comma inside the marks', () => {
    expect(extract('Her memoir, “Songs of the Valley,” was published last year.').quotes).toEqual([]);
  });
  // from: independent-1
  it('a campaign name with a comma inside the marks', () => {
    expect(extract('The campaign, “Clean Streets Now,” launched on Monday in Leeds.').quotes).toEqual([]);
  });
});

describe('quotes: requests, research and data are not speech reports', () => {
  it.each(notSpeech)('a request, a study or data is not a speech report: $text ($from)', ({ text }) => {
    expect(extract(text).quotes).toEqual([]);
  });
  // from: samples
  it('ignores nouns, negations, passives and directives', () => {
    expect(q('Russia has dismissed reports of troop deployments.')).toHaveLength(0);
    expect(q('The ministry has not said whether it will respond.')).toHaveLength(0);
    expect(q('The soldiers were told to stay in their barracks.')).toHaveLength(0);
    expect(q('The union urged members to vote against the deal.')).toHaveLength(0);
    expect(q('They denied such reports.')).toHaveLength(0);
  });
});
