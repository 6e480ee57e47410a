import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/** Writes a file whole or not at all: a temporary file next to it, then a rename. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
