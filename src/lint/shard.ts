// Splits lint units over n CI runners (`--shard k/n`). A unit is one file, or
// one Terraform directory, which must stay whole because its files form one
// module. A unit's shard depends only on its key, so every runner computes
// the same split whatever order discovery returned the units in; keys should
// be paths relative to the repository root with '/' separators, so runners
// with different checkouts or operating systems agree.

export interface Shard {
  /** 1-based index of this shard. */
  k: number;
  /** Number of shards. */
  n: number;
}

/** Parses "k/n" (1 ≤ k ≤ n); throws an Error whose message says what is wrong. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) {
    throw new Error(`invalid shard "${text}": expected k/n, e.g. 2/4`);
  }
  const k = Number(match[1]);
  const n = Number(match[2]);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Error(`invalid shard "${text}": the number of shards must be at least 1`);
  }
  if (!Number.isSafeInteger(k) || k < 1 || k > n) {
    throw new Error(`invalid shard "${text}": k must be between 1 and ${n}`);
  }
  return { k, n };
}

/** The units of shard k of n (k is 1-based), in their input order. */
export function shardUnits<T extends { key: string }>(units: T[], k: number, n: number): T[] {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 1 || k > n) {
    throw new RangeError(`invalid shard ${k}/${n}: need 1 ≤ k ≤ n`);
  }
  return units.filter((unit) => shardOf(unit.key, n) === k);
}

/** The 1-based shard that holds the unit with this key. */
export function shardOf(key: string, n: number): number {
  return (hashKey(key) % n) + 1;
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of the key, followed by the
 * MurmurHash3 finalizer so that keys differing only in their last characters
 * (main.tf, main2.tf) still spread evenly over a small n.
 */
function hashKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
