/**
 * Values quoted in messages are shortened (SPEC §7), so that no message,
 * annotation or summary grows with the input: a 1 MB parameter default is
 * shown by its first characters and an ellipsis.
 */

/** Characters kept of a quoted value. */
export const QUOTE_LIMIT = 60;
/** Characters kept of a whole message (a bound on many quotes in one message). */
export const MESSAGE_LIMIT = 2000;
/**
 * Characters kept of a name shown beside a message: a resource's logical ID
 * or address, a CDK construct path. Longer than a quote: Terraform addresses
 * inside modules are long (`module.a["k"].module.b.aws_db_instance.this[0]`).
 */
export const NAME_LIMIT = 200;

/** `text` cut to `limit` characters, ending in `…` when cut (never inside a surrogate pair). */
export function shorten(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A path cut to its last `limit` characters, starting at a directory
 * boundary where one is near: the end of a path names the place (a module
 * directory, a file), its beginning is the same for every path of a run.
 */
export function shortenPath(path: string, limit = QUOTE_LIMIT): string {
  if (path.length <= limit) return path;
  let start = path.length - (limit - 1);
  const c = path.charCodeAt(start);
  if (c >= 0xdc00 && c <= 0xdfff) start++;
  const slash = path.indexOf('/', start);
  // Start at a component when one begins within the first half of what is kept.
  if (slash !== -1 && slash < start + (limit >> 1)) start = slash;
  return `…${path.slice(start)}`;
}

/** A value as messages quote it: strings in double quotes (JSON escapes), others as written; shortened. */
export function quote(value: unknown): string {
  // Of a long string only what can be kept is escaped: an escape is never shorter than its character, so
  // the first QUOTE_LIMIT + 1 characters give at least as much JSON as is kept, and the same (a surrogate
  // pair cut at the end is past it). Not the whole string: a 2 MB value quoted by 20 messages was 20
  // copies of itself, the largest part of that unit's peak.
  const text =
    typeof value === 'string' ? JSON.stringify(value.length > QUOTE_LIMIT + 1 ? value.slice(0, QUOTE_LIMIT + 1) : value) : value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  if (text.length <= QUOTE_LIMIT) return text;
  return typeof value === 'string' ? `${shorten(text, QUOTE_LIMIT - 1)}"` : shorten(text);
}
