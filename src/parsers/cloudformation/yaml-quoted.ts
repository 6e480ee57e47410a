/**
 * Multi-line quoted strings whose continuation lines are indented less than
 * their key:
 *
 *     Default: "Lorem ipsum
 *   dolor sit amet"
 *
 * YAML 1.2 (and the `yaml` package) reject them; PyYAML, cfn-lint, js-yaml and
 * CloudFormation read them. To read them too, each such string has its line
 * breaks replaced by spaces (same length, so every offset stays exact), the
 * text is parsed again, and the string's value is folded from the original
 * source by the YAML rules for quoted scalars (foldQuoted).
 *
 * foldQuoted is here, with no `yaml` code (the scanning reader folds every
 * quoted scalar with it); the repair, which parses with the `yaml` package, is
 * in yaml-quoted-repair.ts.
 */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a quoted scalar (`"..."` or `'...'`, quotes included) by the YAML folding rules. */
export function foldQuoted(source: string): string {
  const double = source[0] === '"';
  const body = source.slice(1, -1);
  let out = '';
  let kept = 0; // out[0..kept) may not be trimmed (escaped characters)
  let i = 0;
  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  const skipBreak = (at: number) => (body[at] === '\r' && body[at + 1] === '\n' ? at + 2 : at + 1);
  while (i < body.length) {
    const c = body[i]!;
    if (double && c === '\\') {
      const next = body[i + 1] ?? '';
      if (isBreak(next)) {
        i = skipBreak(i + 1);
        while (body[i] === ' ' || body[i] === '\t') i++;
        continue;
      }
      const hex = HEX_LENGTH[next];
      if (hex) {
        out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + hex), 16));
        i += 2 + hex;
      } else {
        out += ESCAPES[next] ?? next;
        i += 2;
      }
      kept = out.length;
    } else if (!double && c === "'" && body[i + 1] === "'") {
      out += "'";
      i += 2;
    } else if (isBreak(c)) {
      let end = out.length;
      while (end > kept && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
      out = out.slice(0, end);
      let breaks = 0;
      while (isBreak(body[i])) {
        i = skipBreak(i);
        breaks++;
        while (body[i] === ' ' || body[i] === '\t') i++;
      }
      out += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
