/**
 * The possibilities a resolver has kept, to keep each once (`distinct` in
 * cloudformation.ts and terraform-values.ts). A possibility's small parts
 * (its kind, provenance, place) are a JSON key; its text (a string value,
 * an unknown's reason) is kept apart, by the string itself, never copied
 * into the key: a 2 MB parameter default read by 20 resources was 20 copies
 * of itself in keys (issue 17: peak memory ≤ 30× the largest unit). Two
 * possibilities are the same exactly when their keys were the same before:
 * JSON.stringify is one-to-one on strings.
 */
export class SeenPossibilities {
  private readonly keys = new Map<string, Set<string | typeof NO_TEXT>>();

  /**
   * Notes a possibility by its kind, its value or reason, its provenance and
   * `place` (where it was found, when that tells possibilities apart); false
   * when the same was noted before.
   */
  addPossibility(v: { kind: string; value?: unknown; reason?: unknown; provenance?: unknown }, place?: number): boolean {
    const text = v.kind === 'value' && typeof v.value === 'string' ? v.value : v.kind === 'unknown' && typeof v.reason === 'string' ? v.reason : undefined;
    return this.add([v.kind, text !== undefined ? 0 : v.kind === 'value' ? v.value : '', v.provenance, place], text);
  }

  /** Notes a possibility; false when one with the same parts and text was noted before. */
  private add(parts: unknown[], text?: string): boolean {
    const key = JSON.stringify(parts);
    let texts = this.keys.get(key);
    if (texts === undefined) {
      texts = new Set();
      this.keys.set(key, texts);
    }
    const t = text ?? NO_TEXT;
    if (texts.has(t)) return false;
    texts.add(t);
    return true;
  }
}

/** The text of a possibility that has none (its value is in its parts). */
const NO_TEXT: unique symbol = Symbol('no text');
