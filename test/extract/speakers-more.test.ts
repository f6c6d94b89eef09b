/** More speaker constructions: participial appositions, statements, repeated surnames. */
import { describe, expect, it } from 'vitest';
import { speakerFor } from './helpers.js';

const t = [
  'Senator Jane Doe criticised the bill on Monday.',
  'The senator, speaking to reporters outside the Capitol, said the measure would hurt farmers.',
  'In a statement, the Department of Agriculture said that it would review the bill.',
  '"This is a disaster for rural America," the statement said.',
  'Asked whether she would filibuster, Doe said: "Everything is on the table."',
  '"No comment," said a spokesman for Mr. Johnson, the majority leader.',
  'Johnson later told CNN the vote would go ahead.',
].join('\n');

describe('speakers: more constructions', () => {
  it('"the senator, speaking to …, said" → the senator named earlier', () => {
    expect(speakerFor(t, 'hurt farmers')).toBe('Jane Doe');
  });
  it('"In a statement, the Department … said that …"', () => {
    expect(speakerFor(t, 'review the bill')).toBe('Department of Agriculture');
  });
  it('"the statement said" → the latest speaker, whose statement it is', () => {
    expect(speakerFor(t, 'disaster for rural America')).toBe('Department of Agriculture');
  });
  it('"Asked …, Doe said:"', () => {
    expect(speakerFor(t, 'on the table')).toBe('Jane Doe');
  });
  it('a spokesman for a person is not named', () => {
    expect(speakerFor(t, 'No comment')).toBeNull();
  });
  it('a surname seen with a title stays that person', () => {
    expect(speakerFor(t, 'vote would go ahead')).toBe('Johnson');
  });
});

describe('speakers: inversion with a role noun and multi-paragraph quotes', () => {
  it('"said resident Tom Hill"', () => {
    expect(speakerFor('"We have nothing left," said resident Tom Hill.', 'nothing left')).toBe('Tom Hill');
  });
  it('a quote re-opened in the next paragraph takes the speaker named at its end', () => {
    const t =
      'Mayor Karen Bass met residents.\n"We lost everything. The house, the car.\n"We have nothing left," said resident Tom Hill.';
    expect(speakerFor(t, 'We lost everything')).toBe('Tom Hill');
  });
  it('"…, she told The Associated Press." and "X told The Associated Press that …"', () => {
    const t =
      'Mayor Karen Bass met residents.\nThe fires were the worst in decades, she told The Associated Press.\nBass told The Associated Press that rebuilding would take years.';
    expect(speakerFor(t, 'worst in decades')).toBe('Karen Bass');
    expect(speakerFor(t, 'rebuilding would take')).toBe('Karen Bass');
  });
});
