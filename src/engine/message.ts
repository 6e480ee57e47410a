/**
 * Fills a rule message template from report data. The template holds all of
 * the wording and punctuation; data holds values only:
 * - `{{name}}` is replaced by `data.name`;
 * - `{{#name}}…{{/name}}` (an optional part) is kept, with its placeholders
 *   filled, only when `data.name` is not empty: `{{#because}} ({{because}}){{/because}}`.
 * The engine enforces the contract: a placeholder or section without data,
 * or a value that carries glue (leading or trailing white space, an opening
 * parenthesis or separator), is an error, not odd text in the output.
 */
type MessageResult = { ok: true; message: string } | { ok: false; error: string };

const SECTION = /\{\{#\s*([A-Za-z0-9_]+)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/g;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const GLUE = /^[\s;,]|\s$/;

/**
 * Glue: white space at an edge, a leading separator, or the whole value in
 * parentheses (` (a default)` belongs in the template). A value that only
 * begins with a parenthesised part is data: the source of an expression,
 * `(count.index + 2) % 2 == 0`, quoted in a reason.
 */
function isGlued(value: string): boolean {
  if (GLUE.test(value)) return true;
  if (!value.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')' && --depth === 0) return i === value.length - 1;
  }
  return true;
}

export function formatMessage(
  messages: Record<string, string>,
  messageId: string,
  data: Record<string, string> | undefined,
): MessageResult {
  const template = Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) return { ok: false, error: `unknown messageId "${messageId}"` };
  const missing = new Set<string>();
  const glued = new Set<string>();
  const valueOf = (name: string): string => {
    const value = data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    if (value === undefined) {
      missing.add(name);
      return '';
    }
    if (isGlued(value)) glued.add(name);
    return value;
  };
  const message = template
    .replace(SECTION, (_m, name: string, body: string) => (valueOf(name) === '' ? '' : body))
    .replace(PLACEHOLDER, (_m, name: string) => valueOf(name));
  if (missing.size > 0) {
    return { ok: false, error: `message "${messageId}" is missing data for ${[...missing].map((m) => `{{${m}}}`).join(', ')}` };
  }
  if (glued.size > 0) {
    return { ok: false, error: `message "${messageId}": data ${[...glued].map((m) => `{{${m}}}`).join(', ')} holds punctuation or white space at its edge; put it in the template` };
  }
  return { ok: true, message };
}
