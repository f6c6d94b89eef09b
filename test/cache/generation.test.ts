import { describe, expect, it } from 'vitest';
import { createGenerationClock } from '../../src/cache/generation.js';

/** A database read the test controls: each call waits until the test resolves it. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  let reads = 0;
  const read = () => {
    reads++;
    return new Promise<number>((resolve) => pending.push(resolve));
  };
  return { read, answer: (value: number) => pending.shift()!(value), reads: () => reads };
}

describe('generation clock', () => {
  it('reads once, then answers from memory until the memo time passes', async () => {
    const db = controlledRead();
    const clock = createGenerationClock(db.read, { memoMs: 50 });
    expect(clock.peek()).toBeUndefined();
    const first = clock.current();
    const concurrent = clock.current();
    db.answer(7);
    expect(await first).toBe(7);
    expect(await concurrent).toBe(7);
    expect(db.reads()).toBe(1);
    expect(clock.peek()).toBe(7);
    expect(clock.peek(Date.now() + 60)).toBeUndefined();
  });

  it('after invalidate, the next request reads again; a read begun before it cannot bring the old value back', async () => {
    const db = controlledRead();
    const clock = createGenerationClock(db.read, { memoMs: 10_000 });
    const first = clock.current();
    db.answer(1);
    await first;
    const slow = clock.current(); // memo fresh: answered from memory
    expect(await slow).toBe(1);

    clock.invalidate();
    const late = clock.current(); // reads again…
    clock.invalidate(); // …but a write lands while that read is under way
    db.answer(1);
    expect(await late).toBe(1);
    expect(clock.peek()).toBeUndefined();
    const after = clock.current();
    db.answer(2);
    expect(await after).toBe(2);
    expect(clock.peek()).toBe(2);
    expect(db.reads()).toBe(3);
  });

  it('without sharing (the Worker), every request that finds the memo old reads for itself', async () => {
    const db = controlledRead();
    const clock = createGenerationClock(db.read, { memoMs: 10_000, shareInFlight: false });
    const a = clock.current();
    const b = clock.current();
    expect(db.reads()).toBe(2);
    db.answer(3);
    db.answer(3);
    expect([await a, await b]).toEqual([3, 3]);
  });

  it('a failing read rejects (the caller serves stale answers) and the next call tries again', async () => {
    let fail = true;
    const clock = createGenerationClock(async () => {
      if (fail) throw new Error('database is locked');
      return 9;
    });
    await expect(clock.current()).rejects.toThrow('locked');
    fail = false;
    expect(await clock.current()).toBe(9);
  });
});
