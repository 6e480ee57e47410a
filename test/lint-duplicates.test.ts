import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cwd = resolve(root, 'fixtures/cli/tf-shared-module');

describe('a module called from several root directories', () => {
  it('gives a finding once when the calls are alike (examples/one and examples/two both call the root as module "db"), and once per distinct address', async () => {
    const result = await lint({ paths: ['.'], cwd });
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.resource.name}`).sort()).toEqual([
      'main.tf:9:3 module.db.aws_db_instance.this',
      'main.tf:9:3 module.other.aws_db_instance.this',
    ]);
  });
});
