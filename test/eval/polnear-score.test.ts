// The PolNeAR scoring protocol (scripts/eval/polnear*.ts) on small brat snippets written for this test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPolnear, runPolnear, type ExtractionLike } from '../../scripts/eval/polnear.js';
import {
  coverageMonth,
  firstAnnotatorFiles,
  loadPolnearTrain,
  parseBrat,
  type Span,
} from '../../scripts/eval/polnear-brat.js';
import { goldQuotes, isNameSource, isSpeechCue, quotedSegments } from '../../scripts/eval/polnear-gold.js';
import { type PolnearPred, scoreQuotes, speakerRight } from '../../scripts/eval/polnear-score.js';

/** A brat attribution over the first occurrences of source, cue and content in text (code-point offsets). */
function ann(text: string, items: { source?: string; cue: string; content: string }[]): string {
  const cp = (s: string) => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`not in text: ${s}`);
    const start = [...text.slice(0, i)].length;
    return `${start} ${start + [...s].length}`;
  };
  let n = 0;
  const lines: string[] = [];
  items.forEach((it, k) => {
    const src = it.source ? `T${++n}` : null;
    if (src) lines.push(`${src}\tSource ${cp(it.source as string)}\t${it.source}`);
    const cue = `T${++n}`;
    lines.push(`${cue}\tCue ${cp(it.cue)}\t${it.cue}`);
    const content = `T${++n}`;
    lines.push(`${content}\tContent ${cp(it.content)}\t${it.content}`);
    const trig = `T${++n}`;
    lines.push(`${trig}\tAttribution ${cp(it.cue)}\t${it.cue}`);
    lines.push(`E${k + 1}\tAttribution:${trig} Content:${content} Cue:${cue}${src ? ` Source:${src}` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}

const slice = (t: string, spans: Span[]) => spans.map((s) => t.slice(s.start, s.end));
const pred = (text: string, speaker: string | null, kind: PolnearPred['kind'] = 'DIRECT'): PolnearPred => ({
  text,
  kind,
  speaker: speaker ? { name: speaker, aliases: [], acronym: null } : null,
  at: null,
});

describe('brat standoff', () => {
  it('turns code-point offsets into string offsets past characters outside the BMP', () => {
    const text = '🐟🐟 Mayor Wren said the pier “will reopen in May.”';
    const [a] = parseBrat(
      ann(text, [{ source: 'Mayor Wren', cue: 'said', content: 'the pier “will reopen in May.”' }]),
      text,
    );
    expect(slice(text, a.source ?? [])).toEqual(['Mayor Wren']);
    expect(slice(text, a.content)).toEqual(['the pier “will reopen in May.”']);
  });

  it('joins discontinuous spans and a second content role into the content', () => {
    const text = '“We start,” Ada Quill said, “on Monday.”';
    const brat = [
      'T1\tContent 1 10;29 39\tWe start, on Monday.',
      'T2\tCue 23 27\tsaid',
      'T3\tSource 12 21\tAda Quill',
      'T4\tAttribution 23 27\tsaid',
      'E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3',
    ].join('\n');
    const [a] = parseBrat(brat, text);
    expect(slice(text, a.content)).toEqual(['We start,', 'on Monday.']);
  });

  it('keeps the first annotator in sort order for an article annotated twice', () => {
    const chosen = firstAnnotatorFiles(['b_x9.ann', 'a_f00d.ann', 'a_0bee.ann', 'a_c0de.ann']);
    expect(chosen.get('a')).toBe('a_0bee.ann');
    expect(chosen.get('b')).toBe('b_x9.ann');
  });

  it('counts months of coverage from the first publication date', () => {
    expect(coverageMonth('2015-11-08', '2015-11-08')).toBe(1);
    expect(coverageMonth('2015-12-07', '2015-11-08')).toBe(1);
    expect(coverageMonth('2015-12-08', '2015-11-08')).toBe(2);
    expect(coverageMonth('2016-07-07', '2015-11-08')).toBe(8);
    expect(coverageMonth('2016-07-08', '2015-11-08')).toBe(9);
    expect(coverageMonth('2016-09-07', '2015-11-08')).toBe(10);
  });
});

describe('gold quotes', () => {
  const text =
    'Ada Quill said the plan was “late and costly” and “badly drawn.” The mayor said the vote would wait. ' +
    "Critics believe the plan is flawed. ''Nobody asked us,'' Bo Reyes said.";
  const attributions = parseBrat(
    ann(text, [
      { source: 'Ada Quill', cue: 'said', content: 'the plan was “late and costly” and “badly drawn.”' },
      { source: 'The mayor', cue: 'said the vote', content: 'the vote would wait' },
      { source: 'Critics', cue: 'believe', content: 'the plan is flawed' },
      { source: 'Bo Reyes', cue: 'Reyes said', content: 'Nobody asked us,' },
    ]),
    text,
  );
  const gold = goldQuotes(text, attributions);

  it('takes each quoted segment of a content holding quote marks, marks hugging the span included', () => {
    expect(slice(text, gold.direct)).toEqual(['late and costly', 'badly drawn.', 'Nobody asked us,']);
  });

  it('takes unquoted contents whose cue is a speech verb as INDIRECT, and only those', () => {
    expect(slice(text, gold.indirect)).toEqual(['the vote would wait']);
    expect(isSpeechCue('told reporters')).toBe(true);
    expect(isSpeechCue('believe')).toBe(false);
  });

  it('joins content pieces that brat split at a sentence boundary into one quoted segment', () => {
    const t = '“We fix the roof first. Then the walls,” Ada Quill said.';
    const brat = [
      'T1\tContent 0 23;24 40\t“We fix the roof first. Then the walls,”',
      'T2\tCue 51 55\tsaid',
      'T3\tSource 41 50\tAda Quill',
      'T4\tAttribution 51 55\tsaid',
      'E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3',
    ].join('\n');
    expect(slice(t, goldQuotes(t, parseBrat(brat, t)).direct)).toEqual(['We fix the roof first. Then the walls,']);
  });

  it('continues a quote that a new paragraph re-opens', () => {
    const t = '“First we fix the roof.\n\n“Then the walls,” she said.';
    expect(slice(t, quotedSegments(t, { start: 0, end: t.indexOf(' she') }))).toEqual([
      'First we fix the roof.\n\n“Then the walls,',
    ]);
  });

  it('tells names from pronouns, descriptions and groups', () => {
    for (const name of [
      'Ada Quill',
      'Sen. Ted Roe (R-Nev.)',
      'the Harbor Authority',
      'Roe’s',
      'Rep. Jane Roe, who chairs the panel,',
      'Secretary of Ports Ed Marsh',
      'a spokesman, Ed Marsh,',
    ])
      expect(isNameSource(name), name).toBe(true);
    for (const other of [
      'he',
      'She',
      'the Vermont governor',
      'the Roe campaign',
      'Republicans',
      'Some',
      'a spokesman for Mr. Roe',
      'a poll released Monday by the Harbor Authority',
      'officials at the Harbor Authority',
    ])
      expect(isNameSource(other), other).toBe(false);
  });

  it('takes a capitalised first word for a common noun when the article uses it in lower case', () => {
    const article = 'Surveys said the pier was safe. Older surveys disagreed.';
    expect(isNameSource('Surveys', article)).toBe(false);
    expect(isNameSource('Quill', article)).toBe(true);
  });
});

describe('matching and speakers', () => {
  const text = 'Ada Quill said: “The pier will reopen in May after the repairs.” Bo Reyes said “not soon enough.”';
  const gold = goldQuotes(
    text,
    parseBrat(
      ann(text, [
        { source: 'Ada Quill', cue: 'said:', content: '“The pier will reopen in May after the repairs.”' },
        { source: 'Bo Reyes', cue: 'Reyes said', content: '“not soon enough.”' },
      ]),
      text,
    ),
  ).direct;

  it('matches one-to-one when shared tokens / tokens of the longer reach 0.3', () => {
    // 3 of 9 tokens shared: a match; 2 of 9: none
    const hit = scoreQuotes(text, gold, [pred('The pier will', 'Ada Quill')]);
    expect(hit.counts.matched).toBe(1);
    const miss = scoreQuotes(text, gold, [pred('The pier', 'Ada Quill')]);
    expect(miss.counts).toMatchObject({ matched: 0, pred: 1, gold: 2 });
    const twice = scoreQuotes(text, gold, [
      pred('The pier will reopen in May after the repairs.', 'Ada Quill'),
      pred('The pier will reopen in May', 'Ada Quill'),
    ]);
    expect(twice.counts).toMatchObject({ matched: 1, pred: 2 });
    expect(twice.misses.map((m) => m.type)).toEqual(['missed', 'spurious']);
  });

  it('scores speakers by the last word of the name, an alias or the acronym against capitalised words', () => {
    const roe = { name: 'Jane Roe', aliases: [], acronym: null };
    expect(speakerRight(roe, 'Rep. Jane Roe (D-Ore.)')).toBe(true);
    expect(speakerRight({ name: 'Roe Jr.', aliases: [], acronym: null }, 'Mr. Roe')).toBe(true);
    expect(speakerRight({ name: 'Jane Smith', aliases: [], acronym: null }, 'Rep. Jane Roe')).toBe(false);
    expect(speakerRight({ name: 'Jane Smith', aliases: ['Jane Roe'], acronym: null }, 'Ms. Roe')).toBe(true);
    expect(speakerRight({ name: 'Harbor Safety Board', aliases: [], acronym: 'HSB' }, 'the HSB')).toBe(true);
    expect(speakerRight({ name: 'Ed Rose', aliases: [], acronym: null }, 'Ed, who grows the rose')).toBe(false);
    expect(speakerRight(null, 'Ada Quill')).toBe(false);
  });

  it('counts speaker accuracy over matched named sources, telling no speaker from a wrong one', () => {
    const s = scoreQuotes(text, gold, [
      pred('The pier will reopen in May after the repairs.', null),
      pred('not soon enough.', 'Ada Quill'),
    ]);
    expect(s.counts).toMatchObject({ matched: 2, named: 2, speakerRight: 0, noSpeaker: 1, wrongSpeaker: 1 });
    const pronoun = goldQuotes(
      'He said “no.”',
      parseBrat(ann('He said “no.”', [{ source: 'He', cue: 'said', content: '“no.”' }]), 'He said “no.”'),
    );
    expect(scoreQuotes('He said “no.”', pronoun.direct, [pred('no.', null)]).counts).toMatchObject({
      matched: 1,
      named: 0,
    });
  });
});

describe('npm run eval -- --set polnear', () => {
  const root = mkdtempSync(join(tmpdir(), 'polnear-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const article = (name: string, date: string, text: string, brat: Record<string, string>) => {
    writeFileSync(join(root, 'data/train/text', `${name}.txt`), text);
    for (const [who, body] of Object.entries(brat))
      writeFileSync(join(root, 'data/train/attributions', `${name}_${who}.ann`), body);
    return `train\t${name}\t${date}`;
  };
  mkdirSync(join(root, 'data/train/text'), { recursive: true });
  mkdirSync(join(root, 'data/train/attributions'), { recursive: true });
  const early = 'Ada Quill said “the pier will reopen.”';
  const late = 'Bo Reyes said “the ferry is late again.”';
  const rows = [
    article('outlet_2020-01-05_pier', '2020-01-05', early, {
      b2: ann(early, [{ source: 'Ada Quill', cue: 'said', content: '“the pier will reopen.”' }]),
      a1: ann(early, [{ source: 'Ada Quill', cue: 'said', content: '“the pier will reopen.”' }]).replace(
        /Source \d+ \d+/,
        'Source 0 3',
      ),
    }),
    article('outlet_2020-09-20_ferry', '2020-09-20', late, {
      c3: ann(late, [{ source: 'Bo Reyes', cue: 'said', content: '“the ferry is late again.”' }]),
    }),
  ];
  writeFileSync(join(root, 'data/metadata.tsv'), `compartment\tfilename\tpublication_date\n${rows.join('\n')}\n`);

  it('reads one annotator per article with its date', () => {
    const articles = loadPolnearTrain(root) ?? [];
    expect(articles.map((a) => [a.name, a.annotator, a.date])).toEqual([
      ['outlet_2020-01-05_pier', 'a1', '2020-01-05'],
      ['outlet_2020-09-20_ferry', 'c3', '2020-09-20'],
    ]);
    expect(slice(early, articles[0].attributions[0].source ?? [])).toEqual(['Ada']);
  });

  it('reports tune months 1–8 and check months 9–10 separately', async () => {
    const extract = (text: string): ExtractionLike => ({
      article: { paragraphs: [text] },
      people: [{ name: 'Ada Quill' }],
      quotes: [{ text: text.slice(text.indexOf('“') + 1, -1), kind: 'DIRECT', speaker: { type: 'person', ref: 0 } }],
    });
    const { text, scores } = await runPolnear(root, extract);
    expect(scores.map((s) => s.month)).toEqual([1, 9]);
    expect(text).toMatch(/train-tune.*1 articles[\s\S]*speaker\s+0\.0 \(0 \/ 1;[\s\S]*train-check.*1 articles/);
    expect(scores[1].direct).toMatchObject({ matched: 1, named: 1, wrongSpeaker: 1 });
  });

  it('prints a one-line note without the folder', async () => {
    const { text, scores } = await runPolnear(join(root, 'absent'), () => ({}));
    expect(text).toMatch(/^polnear: skipped/);
    expect(text.split('\n')).toHaveLength(1);
    expect(scores).toEqual([]);
  });
});

describe('the PolNeAR report', () => {
  const counts = (matched: number, pred: number, gold: number, named: number, right: number) => ({
    gold,
    pred,
    matched,
    ignored: 0,
    named,
    speakerRight: right,
    noSpeaker: named - right,
    wrongSpeaker: 0,
  });
  it('adds both families into an all-kinds row, for the issue’s every-kind target', () => {
    const score = {
      name: 'a',
      month: 1,
      direct: counts(8, 10, 10, 6, 6),
      indirect: counts(2, 4, 10, 2, 1),
      misses: [],
      speakerOutcomes: [],
    };
    const report = formatPolnear('tune', [score]).split('\n');
    const all = report.find((line) => line.trimStart().startsWith('all kinds'));
    expect(all).toContain('(10 / 14 / 20)');
    expect(all).toContain('speaker  87.5 (7 / 8;');
  });
});
