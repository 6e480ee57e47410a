/**
 * Terraform: one directory is one module. Reads its `.tf` / `.tf.json` files
 * (blocks), `terraform.tfvars` and `*.auto.tfvars` (variable values), and the
 * local child modules it calls, into TerraformModules of the shared model.
 */
import { basename, resolve } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { getEntry, type MapNode } from '../../model/node.js';
import { quote, shorten, shortenPath } from '../../model/quote.js';
import type { ModuleCallSite, Resource, TerraformModule, TerraformValue, TerraformVariable } from '../../model/resource.js';
import { catalogFiles, isCatalogDirectory } from './catalog/index.js';
import { readConfigFile, terraformFileKind, type ConfigFile } from './config-file.js';
import type { ModuleCall, TerraformModuleInstance } from './module-instance.js';
import { commandLineValue } from './variable-type.js';
import { isLocalSource, moduleSource, parseModulesManifest } from './module-sources.js';

export type { TerraformModuleInstance } from './module-instance.js';

export interface TerraformFileInput {
  path: string;
  text: string;
}

interface ParseTerraformOptions {
  /** Reads the files of a child module's directory (as given: `join(parentDir, source)`). */
  readModule?: (dir: string) => Promise<TerraformFileInput[] | undefined>;
  /** Check the files' syntax only: diagnostics, but no blocks, resources or module calls. */
  syntaxOnly?: boolean;
  /** The text of `.terraform/modules/modules.json` in the root directory, when there is one. */
  modulesManifest?: string;
  /**
   * Variable values for the root module from outside (`--var-file` and
   * `--var`), in the order given: they win over terraform.tfvars and
   * *.auto.tfvars, and a later one wins over an earlier one.
   */
  values?: RootValues;
}

/**
 * `--var-file` files (HCL or JSON by their name) and `--var NAME=VALUE`
 * pairs, in the order given (the configuration file's, then the command
 * line's, as written there): a later one wins, as Terraform applies them.
 */
export interface RootValues {
  sources: Array<{ varFile: TerraformFileInput } | { var: { name: string; value: string } }>;
  /** Every variable name the sources set (the run reads them once): a unit says which of them its root module declares. */
  names?: string[];
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
): Promise<{ modules: TerraformModule[]; diagnostics: Diagnostic[]; valuesDeclared?: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const rootDir = await readDirectory(dir, files, options.syntaxOnly);
  diagnostics.push(...rootDir.files.flatMap((f) => f.diagnostics));
  const root = instantiate(rootDir, true);
  if (!options.syntaxOnly) diagnostics.push(...undeclaredInTfvars(rootDir, root));
  if (options.values && !options.syntaxOnly) diagnostics.push(...(await applyRootValues(root, options.values)));
  const modules: TerraformModuleInstance[] = [root];
  const declared = options.values?.names?.filter((name) => (options.syntaxOnly ? mayDeclare(files, name) : root.variables.has(name)));
  if (!options.readModule) return declared?.length ? { modules, diagnostics, valuesDeclared: declared } : { modules, diagnostics };

  const manifest = options.modulesManifest === undefined ? undefined : parseModulesManifest(options.modulesManifest);
  const cache = new Map<string, ParsedDirectory | undefined>([[resolve(dir), rootDir]]);
  const work: Array<{ parent: TerraformModuleInstance; depth: number; chain: string[] }> = [{ parent: root, depth: 0, chain: [resolve(dir)] }];
  while (work.length > 0) {
    const { parent, depth, chain } = work.shift()!;
    for (const call of parent.moduleCalls) {
      const moduleKey = parent.moduleKey ? `${parent.moduleKey}.${call.name}` : call.name;
      const where = moduleSource({ source: call.source, version: call.version, callerDir: parent.dir, key: moduleKey, rootDir: dir, manifest });
      if (where.kind === 'not-followed') {
        diagnostics.push(moduleNote(call, `module ${quote(call.name)} is not followed: ${where.reason}`));
        continue;
      }
      const childDir = where.dir;
      const catalog = where.via === 'catalog';
      const key = catalog ? childDir : resolve(childDir);
      const modulePath = `${parent.modulePath ? `${parent.modulePath}.` : ''}module.${call.name}`;
      if (chain.includes(key)) {
        diagnostics.push(moduleNote(call, `module "${call.name}" calls ${shorten(call.source ?? '')}, which is already being read (a cycle); not followed`));
        continue;
      }
      if (depth >= MAX_MODULE_DEPTH) {
        diagnostics.push(moduleNote(call, `module ${quote(call.name)} is nested more than ${MAX_MODULE_DEPTH} levels deep; not followed`));
        continue;
      }
      if (where.note && !isCatalogDirectory(parent.dir)) diagnostics.push(versionNote(call, where.note));
      if (!cache.has(key)) {
        const inputs = catalog ? catalogFiles(childDir) : await options.readModule(childDir);
        const configs = inputs?.filter((f) => isConfigFile(f.path));
        if (configs?.length === 0) {
          const hint = where.via === 'manifest' ? 'run `terraform init` again' : 'is the source path right?';
          diagnostics.push(moduleNote(call, `module ${quote(call.name)} is not followed: its source ${quote(call.source ?? '')} is the directory ${shortenPath(childDir)}, which holds no .tf files (${hint})`));
        }
        const parsed = configs?.length ? await readDirectory(childDir, configs) : undefined;
        cache.set(key, parsed);
        if (parsed) diagnostics.push(...parsed.files.flatMap((f) => f.diagnostics));
      }
      const parsed = cache.get(key);
      if (!parsed) continue;
      if (modules.length > MAX_MODULE_INSTANCES) {
        diagnostics.push({ ...moduleNote(call, `more than ${MAX_MODULE_INSTANCES} module instances (a module call bomb?); module ${quote(call.name)} and the remaining calls not followed`), severity: 'error' });
        return { modules, diagnostics };
      }
      const child = instantiate(parsed, false, modulePath, parent, moduleInputs(call));
      child.moduleKey = moduleKey;
      // Code outside the linted tree (a catalog description, a module installed under .terraform): findings point at the call in the user's code.
      const reportAt = parent.reportAt ?? (catalog || isInstalled(childDir, dir) ? callSite(call) : undefined);
      if (reportAt) child.reportAt = reportAt;
      if (catalog) child.virtual = true;
      modules.push(child);
      work.push({ parent: child, depth: depth + 1, chain: [...chain, key] });
    }
  }
  return declared?.length ? { modules, diagnostics, valuesDeclared: declared } : { modules, diagnostics };
}

/** Absolute directories of the local modules this module calls (`source = "./…"`), relative to `cwd`. */
export function localModuleSources(module: TerraformModule, cwd = process.cwd()): string[] {
  if (isCatalogDirectory(module.dir)) return [];
  const calls = (module as Partial<TerraformModuleInstance>).moduleCalls ?? [];
  return calls.filter((c) => isLocalSource(c.source)).map((c) => resolve(cwd, module.dir, c.source!));
}

/** Whether `dir` lies under a `.terraform` directory that the root directory does not. */
function isInstalled(dir: string, rootDir: string): boolean {
  const under = (d: string): boolean => /(^|[/\\])\.terraform([/\\]|$)/.test(d);
  return under(dir) && !under(rootDir);
}

function callSite(call: ModuleCall): ModuleCallSite {
  const site: ModuleCallSite = { name: call.name, file: call.file, header: call.header, extent: call.extent, arguments: call.body.entries.filter((e) => !MODULE_META_ARGUMENTS.has(e.key)), body: call.written };
  if (call.overrides) site.overrides = call.overrides;
  return site;
}

function versionNote(call: ModuleCall, message: string): Diagnostic {
  const version = getEntry(call.body, 'version');
  return { file: call.file, severity: 'note', code: 'module-version-approximated', message, range: version ? { start: version.keyRange.start, end: version.value.range.end } : call.header };
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

/**
 * A value in terraform.tfvars or *.auto.tfvars for a variable the root module
 * does not declare: Terraform warns of it, and a misspelt name leaves the
 * variable's default in force, which is what is judged.
 */
function undeclaredInTfvars(parsed: ParsedDirectory, root: TerraformModuleInstance): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of parsed.files) {
    if (file.kind !== 'tfvars' && file.kind !== 'tfvars.json') continue;
    for (const e of file.attributes) {
      if (root.variables.has(e.key)) continue;
      const message = `${shorten(basename(file.path))} sets ${quote(e.key)}, but the root module declares no variable ${quote(e.key)}; the value is not used`;
      diagnostics.push({ file: file.path, severity: 'warning', code: 'tf-var-undeclared', message, range: e.keyRange });
    }
  }
  return diagnostics;
}

/**
 * Whether a directory read for its syntax only (no blocks built) may declare
 * variable `name`: a `variable "name"` header in a .tf file, the quoted name
 * anywhere in a .tf.json file. May say yes wrongly (in a comment), never no.
 */
function mayDeclare(files: TerraformFileInput[], name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const header = new RegExp(`^[ \\t]*variable[ \\t]+"?${escaped}"?[ \\t]*\\{`, 'm');
  return files.some((f) => {
    const kind = terraformFileKind(f.path);
    return kind === 'tf' ? header.test(f.text) : kind === 'tf.json' && f.text.includes(`"${name}"`);
  });
}

/** SPEC §1: `--var-file` files and `--var` pairs in the order given, over the directory's own tfvars. */
async function applyRootValues(root: TerraformModuleInstance, values: RootValues): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const source of values.sources) {
    if ('varFile' in source) {
      const input = source.varFile;
      const kind = terraformFileKind(input.path) === 'tfvars.json' || input.path.toLowerCase().endsWith('.json') ? 'tfvars.json' : 'tfvars';
      const file = readConfigFile(input.path, input.text, kind);
      root.texts.set(input.path, file.text);
      diagnostics.push(...file.diagnostics);
      for (const e of file.attributes) root.tfvars.set(e.key, { value: e.value, file: input.path });
      continue;
    }
    const { name, value } = source.var;
    const variable = root.variables.get(name);
    const read = commandLineValue(value, variable?.type);
    if ('value' in read) root.tfvars.set(name, { value: read.value, file: '--var' });
    else if (variable) diagnostics.push(varValueError(variable, name, value, read.error));
  }
  return diagnostics;
}

/** A `--var` value that does not fit its variable's type: an error at the declaration; the value is not used. */
function varValueError(variable: TerraformVariable, name: string, value: string, why: string): Diagnostic {
  const message = `--var ${shorten(name)}=${shorten(value)}: not a value for variable ${quote(name)}: ${why}; the --var is ignored`;
  return { file: variable.file, severity: 'error', code: 'tf-var-value', message, range: variable.range };
}

function moduleInputs(call: ModuleCall): Map<string, TerraformValue> {
  const inputs = new Map<string, TerraformValue>();
  for (const e of call.body.entries) {
    const file = call.overrides?.find((o) => o.entries.includes(e))?.file ?? call.file;
    if (!MODULE_META_ARGUMENTS.has(e.key)) inputs.set(e.key, { value: e.value, file });
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
  // Override files (override.tf, *_override.tf) merge into the blocks of the other files, after them (SPEC §2).
  for (const file of parsed.files) module.texts.set(file.path, file.text);
  const configs = parsed.files.filter((f) => f.kind === 'tf' || f.kind === 'tf.json');
  const ordered = [...configs.filter((f) => !isOverrideFile(f.path)), ...configs.filter((f) => isOverrideFile(f.path))];
  for (const file of ordered) {
    module.files.set(file.path, file.text);
    module.comments!.set(file.path, file.comments);
    const override = isOverrideFile(file.path);
    for (const block of file.blocks) {
      const [first, second] = block.labels;
      if (isRootMarker(block)) module.declaresRoot = true;
      if (override && overrideBlock(module, prefix, block, file.path)) continue;
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
        const type = getEntry(block.body, 'type');
        if (type) variable.type = type.value;
        module.variables.set(first, variable);
      } else if (block.type === 'locals') {
        for (const e of block.body.entries) module.locals.set(e.key, { value: e.value, file: file.path });
      } else if (block.type === 'module' && first !== undefined) {
        module.moduleCalls.push(moduleCall(first, file.path, block.header, block.extent, block.body));
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

/** Terraform's override files: `override.tf`, `*_override.tf` (and their `.tf.json` forms). */
function isOverrideFile(path: string): boolean {
  return /(^|[/\\_])override\.tf(\.json)?$/i.test(path);
}

/** A block that makes its directory a root module of its own: a provider configuration, or a terraform block with a backend or cloud. */
function isRootMarker(block: { type: string; body: MapNode }): boolean {
  return block.type === 'provider' || (block.type === 'terraform' && (getEntry(block.body, 'backend') !== undefined || getEntry(block.body, 'cloud') !== undefined));
}

/**
 * Merges one block of an override file into the block it overrides, as
 * Terraform does: each argument replaces the original's, and a nested block
 * type replaces all the original's blocks of that type; locals replace by
 * name. Returns false when there is nothing to override (the block is then
 * read as an ordinary one).
 */
function overrideBlock(module: TerraformModuleInstance, prefix: string, block: { type: string; labels: string[]; body: MapNode; header: Resource['range']; extent: Resource['range'] }, file: string): boolean {
  const [first, second] = block.labels;
  if (block.type === 'resource' && first !== undefined && second !== undefined) {
    const resource = module.resources.find((r) => r.name === `${prefix}${first}.${second}`);
    if (!resource) return false;
    resource.properties = mergeBodies(resource.properties, block.body);
    (resource.overrides ??= []).push({ file, entries: block.body.entries });
    const meta = ['count', 'for_each'].find((k) => getEntry(resource.properties, k));
    if (meta) resource.conditional = meta;
    return true;
  }
  if (block.type === 'variable' && first !== undefined) {
    const variable = module.variables.get(first);
    if (!variable) return false;
    const def = getEntry(block.body, 'default');
    if (def) {
      variable.default = def.value;
      variable.defaultFile = file;
    }
    const type = getEntry(block.body, 'type');
    if (type) variable.type = type.value;
    return true;
  }
  if (block.type === 'locals') {
    for (const e of block.body.entries) module.locals.set(e.key, { value: e.value, file });
    return true;
  }
  if (block.type === 'module' && first !== undefined) {
    const i = module.moduleCalls.findIndex((c) => c.name === first);
    if (i < 0) return false;
    const call = module.moduleCalls[i]!;
    const merged = moduleCall(first, call.file, call.header, call.extent, mergeBodies(call.body, block.body));
    merged.written = call.written;
    merged.overrides = [...(call.overrides ?? []), { file, entries: block.body.entries }];
    module.moduleCalls[i] = merged;
    return true;
  }
  return false;
}

function mergeBodies(original: MapNode, override: MapNode): MapNode {
  const replaced = new Set(override.entries.map((e) => e.key));
  return { ...original, entries: [...original.entries.filter((e) => !replaced.has(e.key)), ...override.entries] };
}

function moduleCall(name: string, file: string, header: ModuleCall['header'], extent: ModuleCall['extent'], body: MapNode): ModuleCall {
  const source = getEntry(body, 'source')?.value;
  const version = getEntry(body, 'version')?.value;
  const call: ModuleCall = { name, file, header, extent, body, written: body };
  if (source?.kind === 'scalar' && typeof source.value === 'string') call.source = source.value;
  if (version?.kind === 'scalar' && typeof version.value === 'string') call.version = version.value;
  return call;
}
