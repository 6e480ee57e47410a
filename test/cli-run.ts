import { main, type CliIO } from '../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() in process with captured output; `io` overrides the defaults (no TTY, empty env). */
export async function runCli(argv: string[], io: Partial<CliIO> & { cwd: string }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: {},
    isTTY: false,
    ...io,
  });
  return { code, stdout, stderr };
}
