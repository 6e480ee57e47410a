/**
 * The fix for a boolean setting that should be true (SPEC §8), for either
 * format: from the setting's possible values (with the model node each came
 * from) it decides what to edit and how safe that is —
 * - the setting is absent: insert it in the resource (safe);
 * - a literal false on the resource: write true in its place (safe);
 * - a false that comes from a shared definition (a parameter Default, a
 *   mapping value, a variable default, a tfvars value, a local): write true
 *   there (unsafe: other resources or environments may use it);
 * - a value chosen by a condition, given at deployment or unknown: no fix,
 *   and the reason says why.
 */
import { getEntry, type Node } from '../model/node.js';
import type { CloudFormationTemplate, Resource, TerraformModule } from '../model/resource.js';
import { asBoolean, type Possibility, type Resolution } from '../model/value.js';
import type { Fix } from '../model/fix.js';
import { isPlanModule } from '../parsers/terraform/plan.js';
import { insertCloudFormationProperty, mappingOfValue, parameterOfDefault, sourceOf, type EditOutcome } from './cloudformation.js';
import { trueLike } from './source-text.js';
import { insertTerraformAttribute, sameNode, terraformSourceOf, terraformDefinitionOf } from './terraform.js';

/** Terraform override files (`override.tf`, `*_override.tf`, and their .tf.json forms). */
const OVERRIDE_FILE = /(?:^|\/)(?:override|[^/]*_override)\.tf(?:\.json)?$/;

export type FixOutcome = { fix: Fix } | { noFix: string };

/** What a rule asks for: `key` of `resource` should be `true`; `possibilities` are what the setting resolves to now. */
export interface SettingRequest {
  resource: Resource;
  key: string;
  possibilities: Resolution;
}

export function fixSettingToTrue({ resource, key, possibilities }: SettingRequest): FixOutcome {
  if (isPlanModule(resource.template)) return { noFix: 'a plan is generated from Terraform code: fix the .tf definition (lint it with --fix)' };
  if (resource.format === 'terraform' && [...(resource.template as TerraformModule).files.keys()].some((f) => OVERRIDE_FILE.test(f))) {
    return { noFix: 'override files merge into the resources of this module: fix the setting where it is written' };
  }
  const entry = getEntry(resource.properties, key);
  const written = (offer: EditOutcome, description: string, applicability: Fix['applicability']): FixOutcome =>
    'noFix' in offer ? offer : { fix: { description, applicability, edits: offer.edits } };
  if (!entry) {
    if (resource.format === 'cloudformation' && resource.rawProperties && !isNull(resource.rawProperties)) {
      return { noFix: 'Properties is chosen by an intrinsic function (Fn::If): edit each branch' };
    }
    const set = resource.format === 'cloudformation' ? `${key}: true` : `${key} = true`;
    const offer = resource.format === 'cloudformation' ? insertCloudFormationProperty(resource, key, 'true') : insertTerraformAttribute(resource, key, 'true');
    return written(offer, `set ${set}`, 'safe');
  }
  const bad = possibilities.filter((p) => !(p.kind === 'value' && asBoolean(p.value) === true));
  if (bad.length === 0) return { noFix: `${key} is already true` };
  if (possibilities.length > 1) return { noFix: `${key} ${varies(bad)}${because(bad[0]!)}, so no single edit fixes it` };
  const p = possibilities[0]!;
  if (p.kind === 'unknown') return { noFix: `${key} cannot be resolved statically (${p.reason})` };
  if (!p.node) return { noFix: `${key} comes from a value that is not in the linted files${because(p)}` };
  if (p.kind === 'absent' && !(p.node.kind === 'scalar' && p.node.value === null)) {
    return { noFix: `${key} is removed${because(p)}` };
  }
  if (p.kind === 'value' && asBoolean(p.value) !== false) return { noFix: `${key} is not a boolean${because(p)}` };
  const place = definitionOf(resource, p.node, entry.value);
  if ('noFix' in place) return place;
  const offer = replaceLiteral(place.file, place.text, p.node);
  if (place.shared === undefined && 'noFix' in offer && resource.format === 'terraform') {
    // An expression on the resource that evaluates to false (`tobool(var.x)`, `each.value.iam`): replacing it drops
    // whatever it depends on (other instances, variables), so the fix is unsafe.
    const expression = place.text.slice(p.node.range.start.offset, p.node.range.end.offset);
    const edit = { file: place.file, range: p.node.range, text: 'true' };
    return { fix: { description: `replace ${key} = ${shortened(expression)} with true`, applicability: 'unsafe', edits: [edit] } };
  }
  if (place.shared === undefined) return written(offer, `change ${key} to true`, 'safe');
  return written(offer, `change ${place.shared} to true`, 'unsafe');
}

/** Why a setting has several possible values, in the user's terms. */
function varies(bad: Possibility[]): string {
  const steps = bad.flatMap((p) => p.provenance);
  if (steps.some((s) => s.startsWith('Fn::If') || s.startsWith('when ') || s.includes(' ? '))) return 'depends on a condition';
  if (steps.some((s) => / allows /.test(s))) return 'is chosen at deployment from the AllowedValues of a parameter';
  if (steps.some((s) => s.startsWith('mapping '))) return 'differs between the keys of a mapping';
  return 'has several possible values';
}

function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

function because(p: Possibility): string {
  return p.provenance.length > 0 ? ` (${p.provenance.join(', ')})` : '';
}

function isNull(node: Node): boolean {
  return node.kind === 'scalar' && node.value === null && !node.tag;
}

/** Where the value node is written: its file and text, and, for a shared definition, what it is. */
function definitionOf(resource: Resource, node: Node, own: Node): { file: string; text: string; shared?: string } | { noFix: string } {
  if (resource.format === 'cloudformation') {
    const template = resource.template as CloudFormationTemplate;
    const text = template.text;
    if (node === own && inside(node, resource)) return { file: resource.file, text };
    const parameter = parameterOfDefault(template, node);
    if (parameter) {
      const allowed = getEntry(parameter.parameter, 'AllowedValues')?.value;
      if (allowed && !(allowed.kind === 'seq' && allowed.items.some((i) => i.kind === 'scalar' && asBoolean(i.value) === true))) {
        return { noFix: `parameter ${parameter.name} does not allow true (AllowedValues)` };
      }
      return { file: resource.file, text, shared: `the Default of parameter ${parameter.name}` };
    }
    const mapping = mappingOfValue(template, node);
    if (mapping) return { file: resource.file, text, shared: `mapping ${mapping}` };
    if (node === own) return { file: resource.file, text, shared: 'the YAML anchor of the value' };
    return { noFix: 'the value is chosen at deployment (AllowedValues or a parameter given at deployment)' };
  }
  const module = resource.template as TerraformModule;
  if (sameNode(node, own) && inside(own, resource)) return { file: resource.file, text: module.files.get(resource.file) ?? '' };
  const defined = terraformDefinitionOf(module, node);
  return defined ?? { noFix: 'the value is set outside the linted files (a --var, a --var-file or a module call)' };
}

function inside(node: Node, resource: Resource): boolean {
  return node.range.start.offset >= resource.extent.start.offset && node.range.end.offset <= resource.extent.end.offset;
}

/** `false` → `true` (and the other literal spellings), keeping the quotes and the case; `null` → `true`. */
function replaceLiteral(file: string, text: string, node: Node): EditOutcome {
  const { start, end } = node.range;
  const literal = text.slice(start.offset, end.offset);
  const replacement = /^(null|~)$/.test(literal) ? 'true' : trueLike(literal);
  if (replacement === undefined) return { noFix: `the value is written as ${JSON.stringify(literal.slice(0, 40))}, not as a literal false` };
  return { edits: [{ file, range: node.range, text: replacement }] };
}

export { sourceOf, terraformSourceOf };
