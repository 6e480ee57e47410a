/**
 * Chooses the described major version for a `version` constraint
 * (`"~> 6.0"`, `"6.1.0"`, `">= 5.0, < 7.0"`): the newest described major
 * that the constraint allows (Terraform installs the newest allowed
 * release); when it allows none, the described major nearest to what it
 * asks for, with a note that says so. No constraint: the newest described.
 */
export function chooseMajor(version: string | undefined, majors: number[]): { major: number; note?: string } {
  const newest = majors[majors.length - 1]!;
  if (version === undefined || version.trim() === '') return { major: newest };
  const range = allowedMajors(version);
  if (!range) return { major: newest, note: `version constraint "${version.slice(0, 60)}" is not understood; judged as ${newest}.x` };
  const allowed = majors.filter((m) => m >= range.lo && m <= range.hi);
  if (allowed.length > 0) return { major: allowed[allowed.length - 1]! };
  const wanted = Number.isFinite(range.hi) ? range.hi : range.lo;
  const nearest = majors.reduce((best, m) => (Math.abs(m - wanted) < Math.abs(best - wanted) || (Math.abs(m - wanted) === Math.abs(best - wanted) && m > best) ? m : best), newest);
  return {
    major: nearest,
    note: `version ${version.slice(0, 60)} asks for major version ${wanted}, which iac-lint does not describe (it knows ${majors.map((m) => `${m}.x`).join(', ')}); judged as ${nearest}.x`,
  };
}

/** The interval of major versions a constraint allows, or undefined when it cannot be read. */
function allowedMajors(constraint: string): { lo: number; hi: number } | undefined {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+][\w.-]*)?\s*$/.exec(part);
    if (!m) return undefined;
    const op = m[1] ?? '=';
    const major = Number(m[2]);
    const minor = m[3] === undefined ? undefined : Number(m[3]);
    const patch = m[4] === undefined ? undefined : Number(m[4]);
    switch (op) {
      case '=':
        lo = Math.max(lo, major);
        hi = Math.min(hi, major);
        break;
      case '~>':
        // "~> 6" allows 6 and later; "~> 6.1" and "~> 6.1.2" stay within 6.
        lo = Math.max(lo, major);
        if (minor !== undefined) hi = Math.min(hi, major);
        break;
      case '>=':
      case '>':
        lo = Math.max(lo, major);
        break;
      case '<=':
        hi = Math.min(hi, major);
        break;
      case '<':
        hi = Math.min(hi, (minor ?? 0) === 0 && (patch ?? 0) === 0 ? major - 1 : major);
        break;
      case '!=':
        break;
    }
  }
  return lo <= hi ? { lo, hi } : undefined;
}
