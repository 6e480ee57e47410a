import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchema } from './action-support.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('is valid against the pre-commit hooks schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(loadSchema('pre-commit-hooks.json'));
    expect(validate(hooks), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('defines the iac-lint hook as a node hook running the package bin', () => {
    expect(hooks.map((h) => h.id)).toEqual(['iac-lint', 'iac-lint-fix']);
    const hook = hooks[0]!;
    expect(hook).toMatchObject({ id: 'iac-lint', language: 'node', entry: 'iac-lint' });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
  });

  it('defines iac-lint-fix: the same files, --fix, failing only by changing files (as formatters do)', () => {
    const fix = hooks[1]! as Hook & { args?: string[]; require_serial?: boolean };
    expect(fix).toMatchObject({ id: 'iac-lint-fix', language: 'node', entry: 'iac-lint --fix', args: ['--fail-on', 'none'], require_serial: true });
    expect(fix.files).toBe(hooks[0]!.files);
  });

  // pre-commit matches `files` with Python's re.search; this pattern uses only syntax both engines share.
  it.each([
    ['template.yaml', true],
    ['infra/db.yml', true],
    ['stack.json', true],
    ['legacy/app.template', true],
    ['main.tf', true],
    ['modules/db/main.tf.json', true],
    ['prod.tfvars', true],
    ['env/x.auto.tfvars', true],
    ['README.md', false],
    ['main.tf.bak', false],
    ['src/index.ts', false],
    ['terraform.tfstate', false],
  ])('files pattern: %s → %s', (file, matches) => {
    expect(new RegExp(hooks[0]!.files).test(file)).toBe(matches);
  });
});
