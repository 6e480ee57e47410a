/**
 * Terraform: one directory is one module. Reads its `.tf` / `.tf.json` files
 * (blocks), `terraform.tfvars` and `*.auto.tfvars` (variable values), and the
 * local child modules it calls, into TerraformModules of the shared model.
 */
import { basename, join, resolve } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { getEntry, type MapNode } from '../../model/node.js';
import type { Resource, TerraformModule, TerraformValue, TerraformVariable } from '../../model/resource.js';
import { readConfigFile, terraformFileKind, type ConfigFile } from './config-file.js';
import type { ModuleCall, TerraformModuleInstance } from './module-instance.js';

export type { ModuleCall, TerraformModuleInstance } from './module-instance.js';

export interface TerraformFileInput {
  path: string;
  text: string;
}

export interface ParseTerraformOptions {
  /** Reads the files of a child module's directory (as given: `join(parentDir, source)`). */
  readModule?: (dir: string) => Promise<TerraformFileInput[] | undefined>;
  /** Check the files' syntax only: diagnostics, but no blocks, resources or module calls. */
  syntaxOnly?: boolean;
}

/** Module calls nested deeper than this are not followed. */
const MAX_MODULE_DEPTH = 8;
/** At most this many module instances per root module: ten calls of a module that makes ten calls... grow exponentially. */
const MAX_MODULE_INSTANCES = 1000;
/** Arguments of a module block that are not inputs of the module. */
const MODULE_META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** A directory read once; instantiated once per call. */
interface ParsedDirectory {
  dir: string;
  files: ConfigFile[];
}

export async function parseTerraformModule(
  dir: string,
  files: TerraformFileInput[],
  options: ParseTerraformOptions = {},
): Promise<{ modules: TerraformModule[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const rootDir = await readDirectory(dir, files, options.syntaxOnly);
  diagnostics.push(...rootDir.files.flatMap((f) => f.diagnostics));
  const root = instantiate(rootDir, true);
  const modules: TerraformModuleInstance[] = [root];
  if (!options.readModule) return { modules, diagnostics };

  const cache = new Map<string, ParsedDirectory | undefined>([[resolve(dir), rootDir]]);
  const work: Array<{ parent: TerraformModuleInstance; depth: number; chain: string[] }> = [{ parent: root, depth: 0, chain: [resolve(dir)] }];
  while (work.length > 0) {
    const { parent, depth, chain } = work.shift()!;
    for (const call of parent.moduleCalls) {
      if (!isLocalSource(call.source)) continue;
      const childDir = join(parent.dir, call.source);
      const key = resolve(childDir);
      const modulePath = `${parent.modulePath ? `${parent.modulePath}.` : ''}module.${call.name}`;
      if (chain.includes(key)) {
        diagnostics.push(moduleNote(call, `module "${call.name}" calls ${call.source}, which is already being read (a cycle); not followed`));
        continue;
      }
      if (depth >= MAX_MODULE_DEPTH) {
        diagnostics.push(moduleNote(call, `module "${call.name}" is nested more than ${MAX_MODULE_DEPTH} levels deep; not followed`));
        continue;
      }
      if (!cache.has(key)) {
        const inputs = await options.readModule(childDir);
        const parsed = inputs ? await readDirectory(childDir, inputs.filter((f) => isConfigFile(f.path))) : undefined;
        cache.set(key, parsed);
        if (parsed) diagnostics.push(...parsed.files.flatMap((f) => f.diagnostics));
      }
      const parsed = cache.get(key);
      if (!parsed) continue;
      if (modules.length > MAX_MODULE_INSTANCES) {
        diagnostics.push({ ...moduleNote(call, `more than ${MAX_MODULE_INSTANCES} module instances (a module call bomb?); module "${call.name}" and the remaining calls not followed`), severity: 'error' });
        return { modules, diagnostics };
      }
      const child = instantiate(parsed, false, modulePath, parent, moduleInputs(call));
      modules.push(child);
      work.push({ parent: child, depth: depth + 1, chain: [...chain, key] });
    }
  }
  return { modules, diagnostics };
}

/** Absolute directories of the local modules this module calls (`source = "./…"`). */
export function localModuleSources(module: TerraformModule): string[] {
  const calls = (module as Partial<TerraformModuleInstance>).moduleCalls ?? [];
  return calls.filter((c) => isLocalSource(c.source)).map((c) => resolve(module.dir, c.source!));
}

function isLocalSource(source: string | undefined): source is string {
  return source !== undefined && (source.startsWith('./') || source.startsWith('../') || source.startsWith('.\\') || source.startsWith('..\\'));
}

function isConfigFile(path: string): boolean {
  const kind = terraformFileKind(path);
  return kind === 'tf' || kind === 'tf.json';
}

function moduleNote(call: ModuleCall, message: string): Diagnostic {
  return { file: call.file, severity: 'note', code: 'module-not-followed', message, range: call.header };
}

async function readDirectory(dir: string, inputs: TerraformFileInput[], syntaxOnly = false): Promise<ParsedDirectory> {
  const files: ConfigFile[] = [];
  for (const input of [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const kind = terraformFileKind(input.path);
    if (!kind) continue;
    if ((kind === 'tfvars' || kind === 'tfvars.json') && tfvarsOrder(input.path) === undefined) continue;
    files.push(readConfigFile(input.path, input.text, kind, { syntaxOnly }));
  }
  return { dir, files };
}

/**
 * Terraform loads terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars
 * and *.auto.tfvars.json in lexical order; other .tfvars files only with -var-file.
 */
function tfvarsOrder(path: string): string | undefined {
  const name = basename(path);
  if (name === 'terraform.tfvars') return '0';
  if (name === 'terraform.tfvars.json') return '1';
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return `2${name}`;
  return undefined;
}

function moduleInputs(call: ModuleCall): Map<string, TerraformValue> {
  const inputs = new Map<string, TerraformValue>();
  for (const e of call.body.entries) {
    if (!MODULE_META_ARGUMENTS.has(e.key)) inputs.set(e.key, { value: e.value, file: call.file });
  }
  return inputs;
}

function instantiate(
  parsed: ParsedDirectory,
  isRoot: boolean,
  modulePath?: string,
  parent?: TerraformModuleInstance,
  inputs?: Map<string, TerraformValue>,
): TerraformModuleInstance {
  const module: TerraformModuleInstance = {
    format: 'terraform',
    dir: parsed.dir,
    files: new Map(),
    comments: new Map(),
    texts: new Map(),
    variables: new Map<string, TerraformVariable>(),
    locals: new Map<string, TerraformValue>(),
    tfvars: new Map<string, TerraformValue>(),
    resources: [],
    moduleCalls: [],
  };
  if (modulePath) module.modulePath = modulePath;
  if (inputs) module.moduleInputs = inputs;
  if (parent) module.parent = parent;
  const prefix = modulePath ? `${modulePath}.` : '';
  for (const file of parsed.files) {
    module.texts.set(file.path, file.text);
    if (file.kind === 'tfvars' || file.kind === 'tfvars.json') continue;
    module.files.set(file.path, file.text);
    module.comments!.set(file.path, file.comments);
    for (const block of file.blocks) {
      const [first, second] = block.labels;
      if (block.type === 'resource' && first !== undefined && second !== undefined) {
        const resource: Resource = {
          format: 'terraform',
          type: first,
          name: `${prefix}${first}.${second}`,
          file: file.path,
          range: block.header,
          extent: block.extent,
          properties: block.body,
          template: module,
        };
        const meta = ['count', 'for_each'].find((k) => getEntry(block.body, k));
        if (meta) resource.conditional = meta;
        module.resources.push(resource);
      } else if (block.type === 'variable' && first !== undefined) {
        const variable: TerraformVariable = { name: first, file: file.path, range: block.header };
        const def = getEntry(block.body, 'default');
        if (def) variable.default = def.value;
        module.variables.set(first, variable);
      } else if (block.type === 'locals') {
        for (const e of block.body.entries) module.locals.set(e.key, { value: e.value, file: file.path });
      } else if (block.type === 'module' && first !== undefined) {
        module.moduleCalls.push(moduleCall(first, file.path, block.header, block.body));
      }
    }
  }
  // Variable values from tfvars apply to the root module of a run only.
  if (isRoot) {
    const tfvarsFiles = parsed.files
      .filter((f) => f.kind === 'tfvars' || f.kind === 'tfvars.json')
      .sort((a, b) => (tfvarsOrder(a.path)! < tfvarsOrder(b.path)! ? -1 : 1));
    for (const file of tfvarsFiles) {
      for (const e of file.attributes) module.tfvars.set(e.key, { value: e.value, file: file.path });
    }
  }
  return module;
}

function moduleCall(name: string, file: string, header: ModuleCall['header'], body: MapNode): ModuleCall {
  const source = getEntry(body, 'source')?.value;
  const call: ModuleCall = { name, file, header, body };
  if (source?.kind === 'scalar' && typeof source.value === 'string') call.source = source.value;
  return call;
}
