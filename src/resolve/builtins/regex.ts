/**
 * Terraform's regular expressions (RE2 syntax, as in `replace(s, "/re/", r)`)
 * for JavaScript. RE2 runs in linear time; JavaScript's engine backtracks,
 * so a pattern that could backtrack badly (a repeated group that itself
 * repeats or alternates, like `(a+)+` or `(a|aa)*`) is not evaluated: the
 * value is unknown, not an error. Patterns JavaScript cannot express the
 * RE2 way (POSIX classes, inline flags mid-pattern, \C) are unknown too.
 */

/** Longest subject a regular expression is run on. */
export const MAX_REGEX_SUBJECT = 10_000;

type RegexTranslation =
  | { ok: true; regex: RegExp }
  /** `unsupported`: RE2 may accept it, iac-lint does not evaluate it (unknown); else Terraform rejects it too (an error). */
  | { ok: false; reason: string; unsupported: boolean };

/** A repeated group whose body repeats or alternates: `( … + … )*`, `( … | … )+`, `( … ){2,}`. */
const NESTED_REPEAT = /\((?:[^()\\]|\\.)*(?:[*+?}|])(?:[^()\\]|\\.)*\)(?:[*+]|\{\d*,\d*\})/;

export function translateRegex(pattern: string): RegexTranslation {
  let source = pattern;
  let flags = 'g';
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if (leading[1]!.includes('U')) return { ok: false, reason: 'the (?U) flag is not evaluated', unsupported: true };
    flags += [...new Set(leading[1]!)].join('');
    source = source.slice(leading[0].length);
  }
  if (/\(\?[a-zA-Z-]+[):]/.test(source)) return { ok: false, reason: 'inline flags inside a regular expression are not evaluated', unsupported: true };
  if (/\[:\^?[a-z]+:\]/.test(source)) return { ok: false, reason: 'POSIX character classes are not evaluated', unsupported: true };
  if (/\\[1-9]/.test(source)) return { ok: false, reason: `invalid regular expression /${pattern}/: RE2 has no back-references`, unsupported: false };
  if (/\\[CQ]/.test(source)) return { ok: false, reason: 'the \\C and \\Q escapes are not evaluated', unsupported: true };
  if (NESTED_REPEAT.test(source)) return { ok: false, reason: `the regular expression /${pattern}/ could take exponential time here; not evaluated`, unsupported: true };
  source = source.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$(?![\\s\\S])');
  for (const f of [`${flags}u`, flags]) {
    try {
      return { ok: true, regex: new RegExp(source, f) };
    } catch {
      // try without the Unicode flag, which rejects some escapes RE2 allows
    }
  }
  return { ok: false, reason: `invalid regular expression /${pattern}/`, unsupported: true };
}

/**
 * Expands a Go replacement template (`$1`, `${1}`, `$name`, `${name}`, `$$`)
 * for one match; `match` is what String.prototype.replace passes a callback:
 * the match, the groups, the offset, the string, and the named groups when
 * the pattern has any. A name without a group expands to nothing, as in Go.
 */
export function expandReplacement(template: string, match: unknown[]): string {
  const last = match[match.length - 1];
  const named = typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : undefined;
  const groupCount = match.length - (named ? 4 : 3);
  const group = (name: string): string => {
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      return n <= groupCount ? ((match[n] as string | undefined) ?? '') : '';
    }
    return named?.[name] ?? '';
  };
  return template.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (all, braced: string | undefined, bare: string | undefined) => {
    if (all === '$$') return '$';
    return group((braced ?? bare)!);
  });
}
