import { main } from './main.js';
import { descriptorWriter, isTerminal } from './stdio.js';

// Writes go straight to the descriptors (src/cli/stdio.ts): no stream
// objects, and a reader that stops early (`iac-lint | head`) ends the run
// quietly.
process.exitCode = await main(process.argv.slice(2), {
  stdout: descriptorWriter(1),
  stderr: descriptorWriter(2),
  cwd: process.cwd(),
  env: process.env,
  isTTY: await isTerminal(1),
  stderrIsTTY: await isTerminal(2),
});
