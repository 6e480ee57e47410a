import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';

// README truth (issue 14 item 9): the option table is the --help of today.
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

/** The rows of the Markdown table that starts with `header`. */
function tableRows(header: string): string[] {
  const start = readme.indexOf(header);
  expect(start, header).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of readme.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

describe('README', () => {
  it('the CLI option table lists exactly the options of --help', async () => {
    const help = (await runCli(['--help'], { cwd: root })).stdout;
    const inHelp = new Set([...help.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!));
    const inTable = new Set(tableRows('| option | meaning |').flatMap((row) => [...row.split('|')[1]!.matchAll(/(--[a-z][a-z-]*)/g)].map((m) => m[1]!)));
    expect([...inTable].sort()).toEqual([...inHelp].sort());
  });
});
