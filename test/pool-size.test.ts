import { describe, expect, it } from 'vitest';
import { automaticThreads } from '../src/lint/pool-size.js';

// Issue 16 item 3: without IAC_LINT_WORKERS the pool follows the cores that are actually free and the run's size.
describe('the threads of a run', () => {
  const MB = 1024 * 1024;
  const large = (): number => 50 * MB;

  it('as many as the cores that are free, for a large run', () => {
    expect(automaticThreads(1000, large, { cores: 8, load: 0.2 })).toBe(8);
    expect(automaticThreads(1000, large, { cores: 8, load: 5.6 })).toBe(2);
  });

  it('one on a busy machine: the load average takes the cores', () => {
    expect(automaticThreads(1000, large, { cores: 2, load: 1.2 })).toBe(1);
    expect(automaticThreads(1000, large, { cores: 2, load: 11 })).toBe(1);
    expect(automaticThreads(1000, large, { cores: 8, load: 7.4 })).toBe(1);
  });

  it('one for a small run, without weighing the units when no core is free', () => {
    expect(automaticThreads(1000, () => 1 * MB, { cores: 8, load: 0 })).toBe(1);
    expect(automaticThreads(1, large, { cores: 8, load: 0 })).toBe(1);
    let weighed = false;
    expect(automaticThreads(1000, () => ((weighed = true), large()), { cores: 2, load: 3 })).toBe(1);
    expect(weighed).toBe(false);
  });
});
