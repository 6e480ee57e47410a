import { describe, expect, it } from 'vitest';
import { parseArguments, parseFast } from '../src/cli/arguments.js';
import { OPTIONS } from '../src/cli/option-table.js';
import { parseWithYargs } from '../src/cli/yargs-cli.js';

/** Command lines of normal runs: the fast parser must read each exactly as yargs does. */
const RUNS: string[][] = [
  [],
  ['fixtures/'],
  // Paths only: read without yargs-parser (src/cli/arguments.ts pathsOnly).
  ['a.yaml', 'b c.tf', 'x=y', '007', 'a.b', '', 'yes'],
  ['a.yaml', 'b.tf', '--strict'],
  ['-f', 'json', '-o', 'out.json', 'x'],
  ['--format=sarif:out.sarif', '--format', 'text', '.'],
  ['-q', '--fail-on', 'HIGH', '--soft-fail'],
  ['--rule', 'RDS-030,RDS-031', '--skip-rule', 'X', '--rule', 'Y'],
  ['--exclude', '**/{a,b}/**', '--exclude', 'vendor'],
  ['--max-file-size', '2.5', '--color', 'always'],
  ['--no-color', 'dir'],
  ['--no-strict', '--strict'],
  ['--sarif-category', 'cat/x', '--plan-root', 'plans', '--shard', '1/3'],
  ['--parameters', 'Env=prod', '--parameters', 'ParameterKey=K,ParameterValue=a,b', '--parameter-files', 'p.json'],
  ['--', '--strict', '-f'],
  ['123', '0x10', '-'],
  ['--list-rules'],
  ['--quiet=true', '--strict=false'],
  ['--format.x', 'y'],
];

/** What yargs gives minus its own `$0`. */
async function viaYargs(argv: string[]): Promise<Record<string, unknown>> {
  const { argv: args } = await parseWithYargs(argv);
  const { $0: _script, ...rest } = args;
  return rest;
}

describe('the fast command-line parser (yargs-parser driven by the option table)', () => {
  it.each(RUNS.map((argv) => [argv.join(' ') || '(no arguments)', argv]))('reads %s as yargs does', async (_name, argv) => {
    const fast = await parseFast(argv as string[]);
    expect(fast).toBeDefined();
    expect(fast).toEqual(await viaYargs(argv as string[]));
  });

  it.each([
    ['--help'],
    ['-h'],
    ['--version'],
    ['--bogus'],
    ['--format'],
    ['-f'],
    ['--fail-on', '--strict'],
    ['--Strict'],
    ['-x', 'dir'],
    ['--no-such-thing'],
  ])('hands %s over to full yargs', async (...argv) => {
    expect(await parseFast(argv)).toBeUndefined();
  });

  it('prints help that lists every option of the table, and usage errors, through yargs', async () => {
    const help = await parseArguments(['--help']);
    expect(help.kind).toBe('print');
    const text = help.kind === 'print' ? help.text : '';
    for (const option of OPTIONS) expect(text).toContain(`--${option.name}`);
    await expect(parseArguments(['--bogus'])).rejects.toThrow('Unknown argument: bogus');
    await expect(parseArguments(['--format'])).rejects.toThrow('Not enough arguments following: format');
  });
});
