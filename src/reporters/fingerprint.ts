import { createHash } from 'node:crypto';
import type { Finding } from '../model/finding.js';

/**
 * SARIF partialFingerprints["iacLint/v1"] for each finding, in order: a hash
 * of what the finding is about (rule, file, resource type and name) — no line
 * numbers, so it survives unrelated edits — plus an occurrence counter
 * (`hash:1`, `hash:2`...) for a rule reporting the same resource twice.
 */
export function fingerprints(findings: Finding[], fileOf: (f: Finding) => string = (f) => f.file): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const hash = createHash('sha256')
      .update([f.ruleId, fileOf(f), f.resource.format, f.resource.type, f.resource.name].join('\u0000'))
      .digest('hex')
      .slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
