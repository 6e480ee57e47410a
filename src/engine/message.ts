/**
 * Fills a rule message template (`{{name}}` placeholders) from report data.
 * The engine enforces the contract: a placeholder without data is an error,
 * not an empty string in the output.
 */
export type MessageResult = { ok: true; message: string } | { ok: false; error: string };

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export function formatMessage(
  messages: Record<string, string>,
  messageId: string,
  data: Record<string, string> | undefined,
): MessageResult {
  const template = Object.prototype.hasOwnProperty.call(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) return { ok: false, error: `unknown messageId "${messageId}"` };
  const missing: string[] = [];
  const message = template.replace(PLACEHOLDER, (_m, name: string) => {
    const value = data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    if (value === undefined) {
      missing.push(name);
      return '';
    }
    return value;
  });
  if (missing.length > 0) {
    return { ok: false, error: `message "${messageId}" is missing data for ${missing.map((m) => `{{${m}}}`).join(', ')}` };
  }
  return { ok: true, message };
}
