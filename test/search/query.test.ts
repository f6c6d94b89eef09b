import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_ITEMS, parseQuery, toMatchExpression } from '../../src/search/query.js';

describe('toMatchExpression', () => {
  it('quotes each word and makes the last one a prefix', () => {
    expect(toMatchExpression('north korea')).toBe('"north" AND "korea"*');
    expect(toMatchExpression('zelen')).toBe('"zelen"*');
    expect(toMatchExpression('  Lloyd   Austin  ')).toBe('"lloyd" AND "austin"*');
  });

  it('keeps phrases in quote marks, straight or typographic, without a prefix', () => {
    expect(toMatchExpression('"North Korean troops" russia')).toBe('"north korean troops" AND "russia"*');
    expect(toMatchExpression('“spy agency” said')).toBe('"spy agency" AND "said"*');
    expect(toMatchExpression('„Sun won“')).toBe('"sun won"');
    expect(toMatchExpression('"troops"')).toBe('"troops"');
  });

  it('reads an unclosed quote as a phrase still being typed', () => {
    expect(toMatchExpression('"north kor')).toBe('"north kor"*');
    expect(toMatchExpression('troops "')).toBe('"troops"*');
    expect(toMatchExpression('"a b" c "d ef')).toBe('"a b" AND "c" AND "d ef"*');
  });

  it('matches a compound word as its parts in a row or folded into one', () => {
    expect(toMatchExpression('Park Sun-won')).toBe('"park" AND ("sun won"* OR "sunwon"*)');
    expect(toMatchExpression('U.S. troops')).toBe('("u s" OR "us") AND "troops"*');
    expect(toMatchExpression("O'Brien")).toBe('("o brien"* OR "obrien"*)');
    expect(toMatchExpression('3,000 troops')).toBe('"3" AND "000" AND "troops"*');
  });

  it('understands OR between two items and nothing else', () => {
    expect(toMatchExpression('NIS OR CIA')).toBe('("nis" OR "cia"*)');
    expect(toMatchExpression('troops NIS OR "spy agency" Russia')).toBe(
      '"troops" AND ("nis" OR "spy agency") AND "russia"*',
    );
    expect(toMatchExpression('a OR b OR c')).toBe('("a" OR "b" OR "c")');
    expect(toMatchExpression('OR troops')).toBe('"or" AND "troops"*');
    expect(toMatchExpression('troops OR')).toBe('"troops" AND "or"*');
    expect(toMatchExpression('troops or drones')).toBe('"troops" AND "or" AND "drones"*');
  });

  it('treats FTS5 operators and syntax as plain words', () => {
    expect(toMatchExpression('NEAR(troops russia, 5)')).toBe('"near" AND "troops" AND "russia" AND "5"');
    expect(toMatchExpression('title:troops')).toBe('"title" AND "troops"*');
    expect(toMatchExpression('troops NOT russia AND ^drones*')).toBe(
      '"troops" AND "not" AND "russia" AND "and" AND "drones"*',
    );
    expect(toMatchExpression("'; DROP TABLE articles; --")).toBe('"drop" AND "table" AND "articles"*');
  });

  it('does not make a one-letter word a prefix', () => {
    expect(toMatchExpression('troops a')).toBe('"troops" AND "a"');
    expect(toMatchExpression('"troops a')).toBe('"troops a"');
  });

  it('lowercases but leaves accents for the tokenizer to fold', () => {
    expect(toMatchExpression('Zelenskyy')).toBe('"zelenskyy"*');
    expect(toMatchExpression('Séoul')).toBe('"séoul"*');
    // A decomposed accent is composed first, so it stays one word.
    expect(toMatchExpression('Se\u0301oul')).toBe('"séoul"*');
  });

  it('answers null when nothing is searchable', () => {
    for (const input of ['', '   ', '""', '"', '***', '()', '-- ;', '^:*"'])
      expect(toMatchExpression(input)).toBeNull();
  });

  it('uses at most MAX_QUERY_ITEMS items and cuts monster words', () => {
    const long = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(long)).toHaveLength(MAX_QUERY_ITEMS);
    const [[item]] = parseQuery('x'.repeat(10_000));
    expect(item.type === 'word' && item.parts[0].length).toBe(64);
  });
});

describe('every expression is valid FTS5', () => {
  const db = createClient({ url: ':memory:' });
  beforeAll(async () => {
    await db.execute(
      "create virtual table t using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')",
    );
    await db.execute({
      sql: 'insert into t(title, body) values (?, ?), (?, ?), (?, ?)',
      args: [
        'Zelenskyy meets Park Sun-won',
        'The U.S. Defense Secretary said 3,000 troops were in Séoul',
        'NIS briefing',
        'South Korea’s National Intelligence Service (NIS) told lawmakers',
        'Unrelated',
        'Nothing to see here',
      ],
    });
  });
  afterAll(() => db.close());

  const run = async (input: string) => {
    const match = toMatchExpression(input);
    if (match === null) return [];
    const result = await db.execute({ sql: 'select title from t where t match ? order by rank', args: [match] });
    return result.rows.map((row) => row.title);
  };

  const hostile = [
    '"',
    '"""',
    'a"b"c"',
    'NEAR',
    'NEAR(',
    'OR',
    'OR OR OR',
    'AND NOT',
    '*',
    'zel*',
    '^zel',
    'title:zel',
    '{title body}: x',
    '(((',
    ')))',
    "'; DROP TABLE t; --",
    "1' OR '1'='1",
    'SELECT * FROM t WHERE 1=1',
    '\\"\\',
    '\u0000\u0001',
    '🙂🙃',
    '漢字 한국어 русский',
    'x'.repeat(10_240),
    'a "b '.repeat(2_048),
    Array.from({ length: 3_000 }, (_, i) => `w${i} OR`).join(' '),
  ];

  it.each(hostile.map((input) => [input.slice(0, 40), input]))('runs %j without an error', async (_label, input) => {
    await expect(run(input)).resolves.toBeInstanceOf(Array);
  });

  it('finds by prefix, across case and accents, compound either way', async () => {
    expect(await run('zelen')).toEqual(['Zelenskyy meets Park Sun-won']);
    expect(await run('ZELENSKYY')).toEqual(['Zelenskyy meets Park Sun-won']);
    expect(await run('seoul')).toEqual(['Zelenskyy meets Park Sun-won']);
    expect(await run('Park Sun-won')).toEqual(['Zelenskyy meets Park Sun-won']);
    expect(await run('US defense')).toEqual([]); // "U.S." is indexed as u + s; folding is for names (see migration)
    expect(await run('U.S. defense')).toEqual(['Zelenskyy meets Park Sun-won']);
    expect(await run('"intelligence service"')).toEqual(['NIS briefing']);
    expect(await run('"service intelligence"')).toEqual([]);
    expect(await run('zelenskyy OR nis')).toHaveLength(2);
  });
});
