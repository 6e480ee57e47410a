import type { Diagnostic } from '../../model/diagnostic.js';
import type { Range } from '../../model/range.js';
import { quote } from '../../model/quote.js';

/**
 * Tracks the keys of one mapping and reports a repeated key, naming both
 * lines. CloudFormation rejects such templates; we keep reading and the last
 * value wins (as in JSON.parse), so later checks still see the file.
 */
export class KeyTracker {
  private readonly seen = new Map<string, Range>();

  constructor(
    private readonly file: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  add(key: string, range: Range): void {
    const first = this.seen.get(key);
    if (first) this.diagnostics.push(duplicateKey(this.file, key, range, first));
    this.seen.set(key, range);
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }
}

/** The diagnostic for `key` at `range`, seen before at `first` (the latest earlier occurrence). */
export function duplicateKey(file: string, key: string, range: Range, first: Range): Diagnostic {
  return {
    file,
    severity: 'error',
    code: 'duplicate-key',
    message: `duplicate key ${quote(key)} on line ${range.start.line} (first defined on line ${first.start.line}); the last one wins`,
    range,
  };
}
