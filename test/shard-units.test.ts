import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseShard, shardOf, shardUnits } from '../src/lint/shard.js';
import { CORPUS } from './corpus-files.js';


function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** Units as discovery would form them: one per Terraform directory, one per other file. */
function unitsOf(dir: string): { key: string; files: string[] }[] {
  const units = new Map<string, string[]>();
  for (const file of walk(dir)) {
    const rel = relative(dir, file).split('\\').join('/');
    const key = /\.tf(\.json)?$|\.tfvars$/.test(rel) ? rel.slice(0, Math.max(0, rel.lastIndexOf('/'))) + '/' : rel;
    units.set(key, [...(units.get(key) ?? []), rel]);
  }
  return [...units].map(([key, files]) => ({ key, files }));
}

const synthetic = Array.from({ length: 2000 }, (_, i) => ({ key: `stacks/app-${i}/main.tf`, i }));

describe('parseShard', () => {
  it.each([
    ['1/1', { k: 1, n: 1 }],
    ['2/4', { k: 2, n: 4 }],
    ['4/4', { k: 4, n: 4 }],
    [' 3 / 10 ', { k: 3, n: 10 }],
  ])('accepts %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each([
    ['0/4', 'k must be between 1 and 4'],
    ['5/4', 'k must be between 1 and 4'],
    ['1/0', 'the number of shards must be at least 1'],
    ['2', 'expected k/n, e.g. 2/4'],
    ['a/b', 'expected k/n, e.g. 2/4'],
    ['-1/4', 'expected k/n, e.g. 2/4'],
    ['1.5/4', 'expected k/n, e.g. 2/4'],
    ['', 'expected k/n, e.g. 2/4'],
  ])('rejects %j with a clear message', (text, message) => {
    expect(() => parseShard(text)).toThrow(`invalid shard "${text}": ${message}`);
  });
});

describe('shardUnits', () => {
  it('puts every unit in exactly one shard', () => {
    for (const n of [1, 2, 3, 4, 7]) {
      const seen = new Map<string, number>();
      for (let k = 1; k <= n; k++) {
        for (const unit of shardUnits(synthetic, k, n)) seen.set(unit.key, (seen.get(unit.key) ?? 0) + 1);
      }
      expect(seen.size).toBe(synthetic.length);
      expect([...seen.values()].every((count) => count === 1)).toBe(true);
    }
  });

  it('keeps the input order within a shard', () => {
    const indices = shardUnits(synthetic, 2, 3).map((unit) => unit.i);
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it('is stable under the order of its input', () => {
    const reversed = [...synthetic].reverse();
    const shuffled = [...synthetic].sort((a, b) => shardOf(a.key + 'x', 97) - shardOf(b.key + 'x', 97));
    for (let k = 1; k <= 4; k++) {
      const keys = (units: typeof synthetic) => shardUnits(units, k, 4).map((u) => u.key).sort();
      expect(keys(reversed)).toEqual(keys(synthetic));
      expect(keys(shuffled)).toEqual(keys(synthetic));
    }
  });

  it('is deterministic: fixed keys land in fixed shards', () => {
    // FNV-1a then the MurmurHash3 finalizer (checked against an independent
    // implementation). Runners of one CI matrix may run different iac-lint
    // builds, so changing these values must be a deliberate, noted change.
    const keys = ['a', 'main.tf', 'stacks/app-1/', 'templates/rds.yaml'];
    expect(keys.map((key) => shardOf(key, 4))).toEqual([4, 4, 4, 3]);
    expect(keys.map((key) => shardOf(key, 1000))).toEqual([716, 264, 640, 195]);
  });

  it('spreads similar keys evenly', () => {
    for (const n of [2, 4, 8]) {
      const sizes = Array.from({ length: n }, (_, k) => shardUnits(synthetic, k + 1, n).length);
      const mean = synthetic.length / n;
      for (const size of sizes) expect(Math.abs(size - mean) / mean).toBeLessThan(0.15);
    }
  });

  it('rejects a shard outside 1..n', () => {
    expect(() => shardUnits(synthetic, 0, 2)).toThrow(RangeError);
    expect(() => shardUnits(synthetic, 3, 2)).toThrow('invalid shard 3/2');
  });
});

describe.skipIf(!existsSync(CORPUS))('shardUnits over the corpus', () => {
  if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: skipping the corpus shard test`);

  it('keeps each Terraform directory whole and covers every file once', () => {
    const units = unitsOf(CORPUS);
    const n = 4;
    const owner = new Map<string, number>();
    for (let k = 1; k <= n; k++) {
      for (const unit of shardUnits(units, k, n)) {
        for (const file of unit.files) {
          expect(owner.has(file)).toBe(false);
          owner.set(file, k);
        }
      }
    }
    expect(owner.size).toBe(units.reduce((sum, unit) => sum + unit.files.length, 0));
    const shardsOfDir = new Map<string, Set<number>>();
    for (const [file, k] of owner) {
      if (!file.endsWith('.tf')) continue;
      const dir = file.slice(0, file.lastIndexOf('/') + 1);
      shardsOfDir.set(dir, (shardsOfDir.get(dir) ?? new Set()).add(k));
    }
    expect(shardsOfDir.size).toBeGreaterThan(0);
    for (const set of shardsOfDir.values()) expect(set.size).toBe(1);
  });
});
