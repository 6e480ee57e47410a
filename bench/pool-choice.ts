// The threads iac-lint chooses for a large run on this machine now
// (src/lint/pool-size.ts): printed by `npm run bench` beside the corpus rows.
import { availableParallelism, loadavg } from 'node:os';
import { automaticThreads } from '../src/lint/pool-size.js';

const machine = { cores: availableParallelism(), load: loadavg()[0] ?? 0 };
console.log(JSON.stringify({ threads: automaticThreads(10000, () => 64 * 1024 * 1024, machine), ...machine }));
