/**
 * Slices of one text where a short slice met before is the string made
 * then: keys and names (Type, Properties, Key, Value, engine, tags, ...) and
 * many values repeat all through a template or a .tf file, and a copy per
 * occurrence was ~6% of a parsed model's memory. A table of recent strings
 * by a hash of their text, sized to the text (a slot per 8 characters,
 * 64 to 4,096: filling a full table for each small file was ~2% of a corpus
 * run), so nothing grows past it and a slice that is new costs one probe.
 */
export class RecentStrings {
  private readonly slots: Array<string | undefined>;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let size = MIN_SLOTS;
    while (size < MAX_SLOTS && size * CHARACTERS_PER_SLOT < text.length) size *= 2;
    this.slots = new Array<string | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  /** `text.slice(start, end)`, or the same text made before. */
  slice(start: number, end: number): string {
    const n = end - start;
    const t = this.text;
    if (n <= 0 || n > MAX_LENGTH) return t.slice(start, end);
    const h = (n * 31 + t.charCodeAt(start) * 7 + t.charCodeAt(start + (n >> 1)) * 131 + t.charCodeAt(end - 1) * 8191 + t.charCodeAt(end - 2)) & this.mask;
    const seen = this.slots[h];
    if (seen !== undefined && seen.length === n && t.startsWith(seen, start)) return seen;
    const made = t.slice(start, end);
    this.slots[h] = made;
    return made;
  }
}

/** Slots in the table (powers of two), and the longest text it holds. */
const MIN_SLOTS = 64;
const MAX_SLOTS = 4096;
const CHARACTERS_PER_SLOT = 8;
const MAX_LENGTH = 40;
