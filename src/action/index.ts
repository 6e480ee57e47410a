// Entry point of the GitHub Action (action.yml → dist/action/index.mjs).
import { runAction } from './run.js';
import { errorCommand } from './workflow-commands.js';

try {
  process.exitCode = await runAction({
    stdout: (s) => process.stdout.write(s),
    env: process.env,
    cwd: process.cwd(),
  });
} catch (error) {
  process.stdout.write(errorCommand(`iac-lint failed: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 2;
}
