/**
 * The fix for a Terraform setting that should be true (SPEC §8), at the place
 * Terraform takes the value from:
 * - a resource of the linted tree: its block, or the file of an override
 *   file (`override.tf`, `*_override.tf`) whose argument wins the merge; an
 *   argument that no file sets is added to the block the others merge into;
 * - a `for_each` instance whose setting is `each.value…`: the entry of the
 *   for_each collection (a literal in the resource: safe; a local, a
 *   variable default, a tfvars value: unsafe, it is shared);
 * - a resource of a module outside the linted tree (a known registry module,
 *   a module installed under `.terraform`): the module call in the user's
 *   code, through the input that the module passes straight to the setting
 *   (`iam_database_authentication_enabled = var.iam_database_authentication_enabled`):
 *   the argument added or its literal false turned true (safe: it changes
 *   only this call), or the shared definition it comes from (unsafe); none
 *   when the module decides the setting itself.
 */
import type { Expression } from '../model/hcl-ast.js';
import { getEntry, type MapEntry, type Node } from '../model/node.js';
import type { Resource, TerraformModule, TerraformValue } from '../model/resource.js';
import type { Possibility } from '../model/value.js';
import type { TerraformModuleInstance } from '../parsers/terraform/module-instance.js';
import { resolveCallArgumentThroughForEach, resolveThroughForEach } from '../resolve/index.js';
import { because, replaceLiteral, shortened, singleFalse, written, type FixOutcome, type SettingRequest } from './outcome.js';
import { holds, insertTerraformAttribute, pathTo, resourceBlock, terraformDefinitionOf, terraformSourceOf, type TerraformBlock } from './terraform.js';

/** Where a setting is written and where it would be added. */
interface SettingSite {
  /** The argument's name there (a module call's input may be named otherwise than the resource's setting). */
  name: string;
  /** The argument as it wins the merge of the files, when some file sets it. */
  entry?: MapEntry;
  /** The file the entry is written in. */
  file: string;
  /** The block to add the argument to. */
  block: TerraformBlock;
  /** The module whose definitions (variables, locals, tfvars, its caller's arguments) a value of the entry may come from. */
  owner: TerraformModule;
  /** Where, for descriptions: '' (the resource), ` in module "db"`. */
  where: string;
  /** A module call's site: the module the call makes (its instances' each.* come from the call's for_each). */
  called?: TerraformModule;
}

export function fixTerraformSetting({ resource, key, possibilities }: SettingRequest): FixOutcome {
  const module = resource.template as TerraformModule;
  const site = module.reportAt ? callSite(resource, key) : resourceSite(resource, key);
  if ('noFix' in site) return site;
  const { name, entry, where } = site;
  if (!entry) return written(insertTerraformAttribute(site.block, name, 'true'), `set ${name} = true${where}`, 'safe');
  const single = singleFalse(name, possibilities);
  if ('noFix' in single) return single;
  const node = single.p.node;
  const own = holds(entry.value, node);
  if (own && !module.reportAt) {
    // each.value…: the instance's entry of the for_each collection.
    const source = resolveThroughForEach(resource, entry.value);
    if (source) {
      const element = singleFalse(name, source);
      if ('p' in element && !holds(entry.value, element.p.node)) return forEachFix(resourceForEach(resource), name, element.p.node, single.p);
    }
  }
  if (own && module.reportAt && site.called) {
    // each.value… in an argument of a module call with for_each: the module instance's entry of the call's for_each collection.
    const call = module.reportAt;
    const source = resolveCallArgumentThroughForEach(resource, site.called, { body: call.body, file: call.file }, entry.value);
    const forEach = getEntry(call.body, 'for_each');
    if (source && forEach) {
      const element = singleFalse(name, source);
      const place = { entry: forEach, file: call.overrides?.find((o) => o.entries.includes(forEach))?.file ?? call.file, module: site.owner, what: `module "${call.name}"` };
      if ('p' in element && !holds(entry.value, element.p.node)) return forEachFix(place, name, element.p.node, single.p);
    }
  }
  if (own) {
    const text = textOf(site.owner, site.file);
    const offer = replaceLiteral(site.file, text, node);
    if (!('noFix' in offer)) return written(offer, `change ${name} to true${where}`, 'safe');
    // An expression that evaluates to false (`tobool(var.x)`, `count.index == 0`): replacing it drops
    // whatever it depends on (other instances, variables), so the fix is unsafe.
    const expression = text.slice(node.range.start.offset, node.range.end.offset);
    const edit = { file: site.file, range: node.range, text: 'true' };
    return { fix: { description: `replace ${name} = ${shortened(expression)} with true${where}`, applicability: 'unsafe', edits: [edit] } };
  }
  const defined = terraformDefinitionOf(site.owner, node);
  if (!defined) return { noFix: `the value is set outside the linted files (a --var, a --var-file or a module call)${because(single.p)}` };
  return written(replaceLiteral(defined.file, defined.text, node), `change ${defined.shared} to true`, 'unsafe');
}

/** The resource's own argument, in the file whose argument wins the merge with override files. */
function resourceSite(resource: Resource, key: string): SettingSite {
  const entry = getEntry(resource.properties, key);
  const site: SettingSite = { name: key, file: resource.file, block: resourceBlock(resource), owner: resource.template as TerraformModule, where: '' };
  if (entry) {
    site.entry = entry;
    site.file = resource.overrides?.find((o) => o.entries.includes(entry))?.file ?? resource.file;
  }
  return site;
}

/**
 * A resource of a module outside the linted tree: the input of the call in
 * the user's code that reaches the setting, each module on the way passing
 * it on as it is (`setting = var.input`, `input = var.outer_input`).
 */
function callSite(resource: Resource, key: string): SettingSite | { noFix: string } {
  let module = resource.template as TerraformModuleInstance;
  const call = module.reportAt!;
  const label = `module "${call.name}"`;
  const entry = getEntry(resource.properties, key);
  if (!entry) return { noFix: `the module's code does not set ${key} on ${resource.name}, so no argument of ${label} can: the module decides it` };
  const first = inputName(entry.value.expr);
  if (first === undefined) {
    const text = textOf(module, resource.overrides?.find((o) => o.entries.includes(entry))?.file ?? resource.file).slice(entry.value.range.start.offset, entry.value.range.end.offset);
    return { noFix: `the module's code sets ${key} = ${shortened(text)} on ${resource.name}: no argument of ${label} maps straight to it` };
  }
  let name: string = first;
  while (module.parent && module.parent.reportAt) {
    const input: TerraformValue | undefined = module.moduleInputs?.get(name);
    const outer: string | undefined = input ? inputName(input.value.expr) : undefined;
    if (outer === undefined) {
      const how = input ? 'sets it from something else than an input' : 'does not pass it';
      return { noFix: `${resource.name} takes ${key} from input ${name} of ${module.modulePath}, and the module's call of it ${how}: no argument of ${label} reaches it` };
    }
    name = outer;
    module = module.parent as TerraformModuleInstance;
  }
  const owner = module.parent;
  if (!owner) return { noFix: `the call of ${module.modulePath ?? 'the module'} is not in the linted files` };
  const site: SettingSite = {
    name,
    file: call.file,
    block: { module: owner, file: call.file, headerStart: call.header.start.offset, body: call.body, what: 'module call' },
    owner,
    where: ` in ${label}`,
    called: module,
  };
  const argument = [...call.arguments].reverse().find((a) => a.key === name);
  if (argument) {
    site.entry = argument;
    site.file = call.overrides?.find((o) => o.entries.includes(argument))?.file ?? call.file;
  }
  return site;
}

/** The name of `var.NAME` (also `"${var.NAME}"` and `(var.NAME)`); undefined for any other expression. */
function inputName(expr: Expression | undefined): string | undefined {
  let e = expr;
  while (e && (e.type === 'parens' || (e.type === 'template' && e.parts.length === 1 && e.parts[0]!.type === 'interpolation'))) {
    e = e.type === 'parens' ? e.expression : (e.parts[0] as Extract<typeof e.parts[0], { type: 'interpolation' }>).expression;
  }
  return e?.type === 'getattr' && e.object.type === 'variable' && e.object.name === 'var' ? e.name : undefined;
}

/** A for_each argument: its entry, the file it is written in, the module it belongs to, and what holds it (for descriptions). */
interface ForEachPlace {
  entry: MapEntry;
  file: string;
  module: TerraformModule;
  what: string;
}

function resourceForEach(resource: Resource): ForEachPlace {
  const entry = getEntry(resource.properties, 'for_each')!;
  const file = resource.overrides?.find((o) => o.entries.includes(entry))?.file ?? resource.file;
  return { entry, file, module: resource.template as TerraformModule, what: resource.name.replace(/\[.*$/, '') };
}

/**
 * `each.value…` false in the instance's entry of the for_each collection (a
 * resource's, or a module call's): a literal in that for_each is changed in
 * place (safe: only this block reads it); a shared definition (a local, a
 * variable default, a tfvars value) is unsafe.
 */
function forEachFix(place: ForEachPlace, name: string, node: Node, from: Possibility): FixOutcome {
  const path = pathTo(place.entry.value, node);
  if (path) {
    const what = `${path.length > 0 ? path.join('.') : name} in the for_each of ${place.what}`;
    return written(replaceLiteral(place.file, textOf(place.module, place.file), node), `change ${what} to true`, 'safe');
  }
  const defined = terraformDefinitionOf(place.module, node);
  if (!defined) return { noFix: `${name} comes from an entry of the for_each collection that is set outside the linted files${because(from)}` };
  return written(replaceLiteral(defined.file, defined.text, node), `change ${defined.shared} to true`, 'unsafe');
}

function textOf(module: TerraformModule, file: string): string {
  return terraformSourceOf(module, file)?.text ?? (module as Partial<TerraformModuleInstance>).texts?.get(file) ?? '';
}
