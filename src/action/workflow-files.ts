import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/**
 * Appends step outputs to the `$GITHUB_OUTPUT` file, each in the delimiter
 * form (`name<<DELIM`, value, `DELIM`), which holds any value, multi-line too.
 */
export async function appendOutputs(file: string, outputs: Record<string, string>): Promise<void> {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  await appendFile(file, text, 'utf8');
}

/** Appends Markdown to the `$GITHUB_STEP_SUMMARY` file. */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  await appendFile(file, markdown, 'utf8');
}
