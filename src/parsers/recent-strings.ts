/**
 * Slices of one text where a short slice met before is the string made
 * then: keys and names (Type, Properties, Key, Value, engine, tags, ...) and
 * many values repeat all through a template or a .tf file, and a copy per
 * occurrence was ~6% of a parsed model's memory. A fixed table of recent
 * strings by a hash of their text, so nothing grows with the input and a
 * slice that is new costs one probe.
 */
export class RecentStrings {
  private readonly slots: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);

  constructor(private readonly text: string) {}

  /** `text.slice(start, end)`, or the same text made before. */
  slice(start: number, end: number): string {
    const n = end - start;
    const t = this.text;
    if (n <= 0 || n > MAX_LENGTH) return t.slice(start, end);
    const h = (n * 31 + t.charCodeAt(start) * 7 + t.charCodeAt(start + (n >> 1)) * 131 + t.charCodeAt(end - 1) * 8191 + t.charCodeAt(end - 2)) & (SLOTS - 1);
    const seen = this.slots[h];
    if (seen !== undefined && seen.length === n && t.startsWith(seen, start)) return seen;
    const made = t.slice(start, end);
    this.slots[h] = made;
    return made;
  }
}

/** Slots in the table (a power of two), and the longest text it holds. */
const SLOTS = 4096;
const MAX_LENGTH = 40;
