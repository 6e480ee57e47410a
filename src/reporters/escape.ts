/**
 * Characters from the input that must never reach a terminal, a log or a
 * rendered page as themselves: C0 and C1 control characters (ESC starts
 * terminal escape sequences), DEL, the Unicode line and paragraph
 * separators, and the bidirectional controls (U+202E can make a line read
 * differently from what it holds: "Trojan Source").
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function shown(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Unsafe characters shown as `\uXXXX` (visible, never interpreted). */
export function neutralize(s: string): string {
  return s.replace(UNSAFE, shown);
}

/** As `neutralize`, but CR and LF are kept (for formats that escape line breaks their own way). */
export function neutralizeKeepingLineBreaks(s: string): string {
  return s.replace(UNSAFE_BUT_LINE_BREAKS, shown);
}

/**
 * Text that renders as itself in Markdown (a GitHub job summary), also in a
 * table cell: every ASCII punctuation character is backslash-escaped, which
 * CommonMark allows for all of them — no link, image, emphasis, HTML tag,
 * entity, autolink (`https\:`, `www\.`) or table cell break can form; line
 * breaks become spaces; unsafe characters are neutralized.
 */
export function markdownText(s: string): string {
  return neutralize(s.replace(/\r\n|\r|\n/g, ' ')).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/**
 * Text inside a Markdown code span in a table cell: a backtick would end the
 * span (shown as '), a pipe would end the cell (GFM wants `\|` even in code),
 * line breaks become spaces. Nothing else is interpreted inside a code span.
 */
export function markdownCode(s: string): string {
  return neutralize(s.replace(/\r\n|\r|\n/g, ' ')).replace(/`/g, "'").replace(/\|/g, '\\|');
}
