/** Titles, honorifics, ranks and role nouns before a name are not part of it; they become descriptions. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { peopleOf, speakerFor } from '../helpers.js';

const person = (t: string, name: string) => extract(t).people.find((p) => p.name === name);

const titled = [
  {
    from: 'independent-4',
    behaviour: '"Comrade" is a title',
    text: 'The union leader, Comrade Tunde Bakare, said the strike would go ahead.',
    name: 'Tunde Bakare',
    quote: 'strike would go ahead',
  },
  {
    from: 'independent-4',
    behaviour: '"Nana" is a title',
    text: '"We will not be moved," said Nana Kwame Boateng, a chief of the town.',
    name: 'Kwame Boateng',
    quote: 'We will not be moved',
  },
  {
    from: 'independent-4',
    behaviour: '"Alhaji" is a title',
    text: 'Alhaji Musa Danjuma said the market would reopen on Friday.',
    name: 'Musa Danjuma',
    quote: 'market would reopen',
  },
  {
    from: 'independent-4',
    behaviour: 'the police rank "ASP" is a title',
    text: 'The Kano State Police Command spokesman, ASP Ibrahim Lawal, said nine people were arrested.',
    name: 'Ibrahim Lawal',
    quote: 'nine people were arrested',
  },
  {
    from: 'independent-4',
    behaviour: 'the police rank "DSP" is a title',
    text: 'The command spokesperson, DSP Ngozi Eze, said the road had been cleared.',
    name: 'Ngozi Eze',
    quote: 'road had been cleared',
  },
];

const roleNouns = [
  'Co-author Ingrid Salo said the findings were robust.',
  'Passenger Kwame Mensah said the plane shook violently.',
  '“It was terrifying,” Mensah said.',
  'Researcher Ilse Brandt said more work was needed.',
].join('\n');

describe('mentions: titles and honorifics', () => {
  // from: samples and eval articles 02, 08
  it('strips titles and honorifics and keeps them as descriptions', () => {
    const p = person('U.S. Defense Secretary Lloyd Austin confirmed on Monday that troops were sent.', 'Lloyd Austin');
    expect(p).toBeDefined();
    expect(p!.descriptions).toContain('U.S. Defense Secretary');
    expect(peopleOf('Rep. Park Sun-won said the troops were trained.')).toEqual(['Park Sun-won']);
    expect(peopleOf('Chief Executive Lena Hartmann told Reuters the results were good.')).toEqual(['Lena Hartmann']);
    expect(peopleOf('Gov. Kenji Morimoto signaled that rates could rise.')).toEqual(['Kenji Morimoto']);
  });
  // from: independent-1 (article 17)
  it('"Prof." and "Dr." are titles, not names', () => {
    const t = [
      'Prof. Ashish Verma of the Indian Institute of Science said the traffic model was flawed.',
      'Dr. Nkechi Obi said the clinic had run out of vaccines.',
    ].join('\n');
    expect(peopleOf(t).sort()).toEqual(['Ashish Verma', 'Nkechi Obi']);
    expect(speakerFor(t, 'traffic model was flawed')).toBe('Ashish Verma');
    expect(speakerFor(t, 'run out of vaccines')).toBe('Nkechi Obi');
  });
  // from: independent-1
  it('"Sgt." and "Det. Insp." are titles, not people', () => {
    const t = [
      '"They were watching houses," police spokeswoman Sgt. Lena Whitcombe said.',
      'Det. Insp. Aled Pryce said the pair had been charged.',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Lena Whitcombe', 'Aled Pryce']);
    expect(speakerFor(t, 'charged')).toBe('Aled Pryce');
  });
  it.each(titled)(
    'honorifics from West African and labour usage and police ranks: $behaviour ($from)',
    ({ text, name, quote }) => {
      expect(speakerFor(text, quote)).toBe(name);
      expect(peopleOf(text)).toEqual([name]);
    },
  );
  // from: independent-3 (article 05)
  it('a title that is also a given name, after a role noun, is the given name ("forecaster Dean Pham")', () => {
    const t = 'Senior forecaster Dean Solberg said winds would ease on Monday. Solberg said rain was unlikely.';
    expect(peopleOf(t)).toEqual(['Dean Solberg']);
    expect(speakerFor(t, 'winds would ease')).toBe('Dean Solberg');
    expect(speakerFor(t, 'rain was unlikely')).toBe('Dean Solberg');
  });
  // from: independent-2/3
  it('"Dean X of the law school" stays a title', () => {
    expect(peopleOf('Dean Harlow of the law school said the rules were clear.')).toEqual(['Harlow']);
  });
});

describe('mentions: role nouns before a name are not part of the name', () => {
  // from: independent-1
  it('an unlisted role noun before a known given name: "Dockworker Samuel Okoro"', () => {
    expect(peopleOf('Dockworker Samuel Okoro, 41, said he had heard the same promise before.')).toEqual([
      'Samuel Okoro',
    ]);
  });
  // from: independent-1
  it('strips the capitalised role noun', () => {
    const people = peopleOf(roleNouns);
    expect(people).toContain('Ingrid Salo');
    expect(people).toContain('Kwame Mensah');
    expect(people).toContain('Ilse Brandt');
    expect(people.some((p) => /^(?:Co-author|Passenger|Researcher) /.test(p))).toBe(false);
  });
  // from: independent-1
  it('a later surname resolves to the stripped name', () => {
    expect(speakerFor(roleNouns, 'terrifying')).toBe('Kwame Mensah');
  });
});

describe('mentions: appositions and affiliations', () => {
  // from: sample 001
  it('keeps appositions as descriptions and affiliations', () => {
    const x = extract(
      '“It was unusual,” said Doo Jin-ho, a research fellow at the Center for Security and Strategy in the Korea Institute for Defense Analyses.',
    );
    const doo = x.people.find((p) => p.name === 'Doo Jin-ho')!;
    expect(doo.descriptions).toContain(
      'a research fellow at the Center for Security and Strategy in the Korea Institute for Defense Analyses',
    );
    const aff = doo.affiliations[0];
    expect(x.organisations[aff.organisation].name).toBe('Center for Security and Strategy');
    expect(aff.role).toBe('research fellow');
  });
  // from: sample 002
  it("takes the title after an organisation's name as the role, not the nationality before it", () => {
    const x = extract(
      'In a closed-door meeting, South Korean National Intelligence Service (NIS) Director Cho Tae-yong informed lawmakers that more troops had arrived.',
    );
    const cho = x.people.find((p) => p.name === 'Cho Tae-yong')!;
    expect(cho.affiliations.map((a) => [x.organisations[a.organisation].name, a.role])).toEqual([
      ['National Intelligence Service', 'Director'],
    ]);
  });
});
