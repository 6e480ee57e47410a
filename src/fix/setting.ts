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
 * Terraform has its own places (terraform-setting.ts): override files, for_each
 * maps, and module calls for modules outside the linted tree.
 */
import { getEntry, type Node } from '../model/node.js';
import type { CloudFormationTemplate, Resource } from '../model/resource.js';
import { asBoolean } from '../model/value.js';
import { isPlanModule } from '../parsers/terraform/plan-kind.js';
import { insertCloudFormationProperty, mappingOfValue, parameterOfDefault } from './cloudformation.js';
import { replaceLiteral, singleFalse, written, type FixOutcome, type SettingRequest } from './outcome.js';
import { fixTerraformSetting } from './terraform-setting.js';



export function fixSettingToTrue(request: SettingRequest): FixOutcome {
  const { resource, key, possibilities } = request;
  if (isPlanModule(resource.template)) return { noFix: 'a plan is generated from Terraform code: fix the .tf definition (lint it with --fix)' };
  if (resource.format === 'terraform') return fixTerraformSetting(request);
  const entry = getEntry(resource.properties, key);
  if (!entry) {
    if (resource.rawProperties && !isNull(resource.rawProperties)) {
      return { noFix: 'Properties is chosen by an intrinsic function (Fn::If): edit each branch' };
    }
    return written(insertCloudFormationProperty(resource, key, 'true'), `set ${key}: true`, 'safe');
  }
  const single = singleFalse(key, possibilities);
  if ('noFix' in single) return single;
  const place = definitionOf(resource, single.p.node, entry.value);
  if ('noFix' in place) return place;
  const offer = replaceLiteral(resource.file, place.text, single.p.node);
  if (place.shared === undefined) return written(offer, `change ${key} to true`, 'safe');
  return written(offer, `change ${place.shared} to true`, 'unsafe');
}

function isNull(node: Node): boolean {
  return node.kind === 'scalar' && node.value === null && !node.tag;
}

/** Where the value node is written in the template, and, for a shared definition, what it is. */
function definitionOf(resource: Resource, node: Node, own: Node): { text: string; shared?: string } | { noFix: string } {
  const template = resource.template as CloudFormationTemplate;
  const text = template.text;
  if (node === own && inside(node, resource)) return { text };
  const parameter = parameterOfDefault(template, node);
  if (parameter) {
    const allowed = getEntry(parameter.parameter, 'AllowedValues')?.value;
    if (allowed && !(allowed.kind === 'seq' && allowed.items.some((i) => i.kind === 'scalar' && asBoolean(i.value) === true))) {
      return { noFix: `parameter ${parameter.name} does not allow true (AllowedValues)` };
    }
    return { text, shared: `the Default of parameter ${parameter.name}` };
  }
  const mapping = mappingOfValue(template, node);
  if (mapping) return { text, shared: `mapping ${mapping}` };
  if (node === own) return { text, shared: 'the YAML anchor of the value' };
  return { noFix: 'the value is chosen at deployment (AllowedValues or a parameter given at deployment)' };
}

function inside(node: Node, resource: Resource): boolean {
  return node.range.start.offset >= resource.extent.start.offset && node.range.end.offset <= resource.extent.end.offset;
}

