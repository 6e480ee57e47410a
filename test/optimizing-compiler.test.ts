import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { HOLD_MAX_BYTES, HOLD_TICKS, LARGE_FILE_BYTES, fileRead, optimizingCompilerFlagGiven, optimizingCompilerHeld, resetOptimizingCompiler, workDone } from '../src/model/optimizing-compiler.js';

/** Records the flags given, as node:v8's setFlagsFromString would take them. */
class Flags {
  readonly given: string[] = [];
  setFlagsFromString(flags: string): void {
    this.given.push(flags);
  }
}

describe('TurboFan held back while a large file is worked on (issue 17: peak ≤ 30× the largest unit)', () => {
  let flags = new Flags();
  afterEach(() => {
    resetOptimizingCompiler(flags);
    flags = new Flags();
  });

  it('holds it back for a 1 MB file read by the main thread, and lets it go after HOLD_TICKS of work', () => {
    fileRead(2 ** 20, true, flags);
    expect(optimizingCompilerHeld()).toBe(true);
    expect(optimizingCompilerFlagGiven()).toBe(true);
    workDone(HOLD_TICKS - 4096, flags);
    expect(optimizingCompilerHeld()).toBe(true);
    workDone(4096, flags);
    expect(optimizingCompilerHeld()).toBe(false);
    expect(flags.given.slice(-2)).toEqual(['--no-turbofan', '--turbofan']);
    // At most one hold per run: a second large file does not hold it back again.
    fileRead(2 ** 20, true, flags);
    expect(optimizingCompilerHeld()).toBe(false);
  });

  it('does not hold it back for a small file, a file whose unit pays the compiles back, or off the main thread', () => {
    fileRead(LARGE_FILE_BYTES - 1, true, flags);
    fileRead(HOLD_MAX_BYTES + 1, true, flags);
    fileRead(2 ** 20, false, flags);
    expect(optimizingCompilerHeld()).toBe(false);
    expect(optimizingCompilerFlagGiven()).toBe(false);
    expect(flags.given).toEqual([]);
  });

  it('is a flag this Node reads at run time: nothing is optimized while --no-turbofan is set, and optimizing starts again with --turbofan', () => {
    // If a later Node reads the flag only at start, this test says so (and the hold would do nothing).
    const script = `
      const v8 = require('node:v8');
      function heldBack(n) { let s = 0; for (let i = 0; i < n; i++) s += (i * 7) % 13; return s; }
      function letGo(n) { let s = 0; for (let i = 0; i < n; i++) s += (i * 5) % 11; return s; }
      v8.setFlagsFromString('--no-turbofan');
      let t = 0;
      for (let k = 0; k < 2000; k++) t += heldBack(1000);
      v8.setFlagsFromString('--turbofan');
      for (let k = 0; k < 2000; k++) t += letGo(1000);
      if (t < 0) console.log(t);`;
    const r = spawnSync(process.execPath, ['--trace-opt', '-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const optimized = (name: string): boolean => r.stdout.split('\n').some((line) => line.includes('completed') && line.includes(`<JSFunction ${name} `));
    expect(optimized('heldBack')).toBe(false);
    expect(optimized('letGo')).toBe(true);
  });
});
