import { main } from './main.js';
import { descriptorWriter, isTerminal } from './stdio.js';

/**
 * The CLI on `argv` with this process's descriptors, directory and
 * environment; resolves to the exit code. Both builds of the CLI start
 * here (scripts/build.mjs): the ES module entry (bin.ts) and the classic
 * script that bin/iac-lint.js runs with V8's code cache.
 *
 * Writes go straight to the descriptors (src/cli/stdio.ts): no stream
 * objects, and a reader that stops early (`iac-lint | head`) ends the run
 * quietly.
 */
export async function runCli(argv: string[]): Promise<number> {
  return main(argv, {
    stdout: descriptorWriter(1),
    stderr: descriptorWriter(2),
    cwd: process.cwd(),
    env: process.env,
    isTTY: await isTerminal(1),
    stderrIsTTY: await isTerminal(2),
  });
}
