// One Terraform directory read and parsed, with the local modules it calls:
// shared by the Terraform unit and by plan files (which point findings at
// the definitions in the .tf files beside them).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { refusal, type Boundary } from '../discover/boundary.js';
import { kindOf } from '../discover/kinds.js';
import { joinRel } from '../discover/paths.js';
import { readSourceFile } from '../discover/read.js';
import { listTerraformFiles } from '../discover/terraform-units.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { TerraformModule } from '../model/resource.js';
import { parseTerraformModule, type RootValues } from '../parsers/terraform/index.js';
import { MODULES_MANIFEST } from '../parsers/terraform/module-sources.js';

// The run imports this module with its first Terraform directory (or plan
// file): the HCL parser, the registry catalog and module sources come with it.
export { localModuleSources } from '../parsers/terraform/index.js';
export { varFileNames } from '../parsers/terraform/config-file.js';

export interface DirectorySettings {
  cwd: string;
  maxBytes: number;
  /** Where files may be read (SPEC §7). */
  boundary: Boundary;
  /** `--var-file` texts and `--var` pairs for the root module (read once, by the run). */
  values?: RootValues;
}

/**
 * Reads and parses one Terraform directory (its files as listed) with the
 * local modules it calls; `syntaxOnly` decides from the texts whether only
 * syntax is checked. Read failures become diagnostics.
 */
export async function readTerraformDirectory(
  dir: string,
  files: { abs: string; path: string }[],
  settings: DirectorySettings,
  syntaxOnly: (inputs: { text: string }[]) => boolean = () => false,
): Promise<{ parsed: { modules: TerraformModule[]; valuesDeclared?: string[] }; inputs: { path: string; text: string }[]; diagnostics: Diagnostic[] }> {
  const { cwd, maxBytes, boundary } = settings;
  const diagnostics: Diagnostic[] = [];
  const readAll = async (list: { abs: string; path: string }[]) => {
    const inputs: { path: string; text: string }[] = [];
    for (const file of list) {
      const read = await readSourceFile(file.abs, file.path, maxBytes, boundary);
      if (read.ok) {
        inputs.push({ path: file.path, text: read.text });
        diagnostics.push(...read.diagnostics);
      } else if (read.reason !== 'not-a-file') {
        diagnostics.push(read.diagnostic);
      }
    }
    return inputs;
  };
  const inputs = await readAll(files);
  const onlySyntax = syntaxOnly(inputs);
  // `.terraform/modules/modules.json` (written by `terraform init`) names the directories of installed modules.
  const manifestPath = joinRel(dir, MODULES_MANIFEST);
  const manifestAbs = resolve(cwd, manifestPath);
  const manifest = onlySyntax || !existsSync(manifestAbs) ? undefined : await readSourceFile(manifestAbs, manifestPath, maxBytes, boundary);
  if (manifest && !manifest.ok) diagnostics.push(manifest.diagnostic);
  const parsed = await parseTerraformModule(dir, inputs, {
    syntaxOnly: onlySyntax,
    ...(manifest?.ok ? { modulesManifest: manifest.text } : {}),
    ...(settings.values ? { values: settings.values } : {}),
    // A child module is read through its call (with the caller's inputs); tfvars apply to the root module only.
    readModule: async (moduleDir: string) => {
      const absDir = resolve(cwd, moduleDir);
      const refused = refusal(boundary, absDir, moduleDir, 'module directory');
      if (refused) {
        diagnostics.push(refused);
        return undefined;
      }
      const found = (await listTerraformFiles(absDir, cwd)).filter((f) => kindOf(f.path) === 'terraform');
      return readAll(found);
    },
  });
  diagnostics.push(...parsed.diagnostics);
  return { parsed, inputs, diagnostics };
}
