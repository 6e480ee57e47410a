import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { kindOf } from '../discover/kinds.js';

/**
 * Whether writing a report to `output` would replace one of the inputs of
 * a run over `paths` (issue 17 item 4: `iac-lint t.yaml -o t.yaml`): a
 * named file, a Terraform file of a named `.tf` file's directory (read for
 * context), or a template or Terraform file under a named directory. A
 * YAML/JSON file under a directory counts only when it is a template (a
 * previous JSON report there is not an input).
 */
export async function outputReplacesInput(output: string, paths: string[], cwd: string): Promise<boolean> {
  const real = await realpath(output).catch(() => undefined);
  if (real === undefined) return false;
  for (const given of paths) {
    const abs = await realpath(resolve(cwd, given)).catch(() => undefined);
    if (abs === undefined) continue;
    if (abs === real) return true;
    const stats = await stat(abs).catch(() => undefined);
    const kind = kindOf(real);
    if (!stats || !kind) continue;
    if (stats.isFile() && kindOf(abs) !== 'cloudformation' && kind !== 'cloudformation' && dirname(abs) === dirname(real)) return true;
    if (stats.isDirectory() && real.startsWith(abs.endsWith(sep) ? abs : abs + sep)) {
      if (kind !== 'cloudformation') return true;
      const text = await readFile(real, 'utf8').catch(() => '');
      const { parseCloudFormation } = await import('./cloudformation-front-end.js');
      if ((await parseCloudFormation(real, text)).isTemplate) return true;
    }
  }
  return false;
}
