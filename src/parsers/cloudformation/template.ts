import type { Diagnostic } from '../../model/diagnostic.js';
import { asMap, get, getEntry, type MapNode, type Node } from '../../model/node.js';
import { joinRanges, type Range } from '../../model/range.js';
import type { CloudFormationTemplate, Resource } from '../../model/resource.js';
import { shorten } from '../../model/quote.js';

/** `AWS::Service::Thing` (also `AWS::Serverless::Function`). */
const AWS_RESOURCE_TYPE = /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/;

/**
 * SPEC §2: a document is a CloudFormation template when its root mapping has
 * `AWSTemplateFormatVersion`, or a top-level `Resources` mapping with at least
 * one entry whose `Type` looks like `AWS::Service::Thing`. (cfn-lint also
 * accepts templates made only of `Custom::`/`Alexa::` resources; we require
 * one AWS type so that other YAML with a `Resources` key is left alone.)
 */
export function isTemplateRoot(root: Node | undefined): root is MapNode {
  if (!root || root.kind !== 'map') return false;
  if (root.entries.some((e) => e.key === 'AWSTemplateFormatVersion')) return true;
  const resources = get(root, 'Resources');
  // A list of resources is no template, but it is meant as one: its shape is reported (buildTemplate).
  const definitions = resources?.kind === 'map' ? resources.entries.map((e) => e.value) : resources?.kind === 'seq' ? resources.items : [];
  return definitions.some((definition) => {
    const type = get(definition, 'Type');
    return type?.kind === 'scalar' && typeof type.value === 'string' && AWS_RESOURCE_TYPE.test(type.value);
  });
}

/** Cheap sniff for files that cannot be parsed: does the text mention a template marker? */
export function looksLikeTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion/.test(text) || /\bAWS::[A-Za-z0-9]+::[A-Za-z0-9]+/.test(text);
}

/** Builds the template and its resources from a document root that isTemplateRoot accepted. */
export function buildTemplate(
  file: string,
  text: string,
  document: number,
  root: MapNode,
  diagnostics: Diagnostic[],
): CloudFormationTemplate {
  const template: CloudFormationTemplate = {
    format: 'cloudformation',
    file,
    text,
    document,
    root,
    parameters: sectionMaps(root, 'Parameters'),
    conditions: sectionNodes(root, 'Conditions'),
    mappings: sectionMaps(root, 'Mappings'),
    resources: [],
  };
  const shapeError = (message: string, range: Range): void => {
    diagnostics.push({ file, severity: 'error', code: 'cfn-template-shape', message, range });
  };
  const resourcesEntry = getEntry(root, 'Resources');
  const resources = asMap(resourcesEntry?.value);
  if (resourcesEntry && !resources && !isNull(resourcesEntry.value) && !resourcesEntry.value.tag) {
    shapeError(`Resources must be a mapping of logical IDs to resources, not ${shapeOf(resourcesEntry.value)}; CloudFormation rejects this template`, resourcesEntry.keyRange);
  }
  const entries = resources?.entries ?? [];
  const lastOfName = new Map(entries.map((e) => [e.key, e]));
  for (const entry of entries) {
    if (lastOfName.get(entry.key) !== entry) continue; // a duplicate logical ID: the last one wins
    const definition = asMap(entry.value);
    // `Fn::ForEach::Name: [...]` (AWS::LanguageExtensions) expands to resources at deployment, and a
    // tagged value (`Db: !Rain::Module ...`) before it: not checked, with a warning below.
    if (!definition && !entry.key.startsWith('Fn::ForEach::') && !entry.value.tag) {
      shapeError(`resource ${shorten(entry.key)} must be a mapping (Type, Properties, ...), not ${shapeOf(entry.value)}`, entry.keyRange);
      continue;
    }
    const typeEntry = getEntry(definition, 'Type');
    const type = typeEntry?.value;
    if (type?.tag) continue; // e.g. `Type: !Rain::Module ...`: already reported as an unknown tag
    if (typeEntry && (type?.kind !== 'scalar' || typeof type.value !== 'string') && !isPreprocessorType(type)) {
      shapeError(`the Type of resource ${shorten(entry.key)} must be a string, not ${shapeOf(typeEntry.value)}`, typeEntry.keyRange);
      continue;
    }
    if (!definition || type?.kind !== 'scalar' || typeof type.value !== 'string') {
      diagnostics.push({
        file,
        severity: 'warning',
        code: 'cfn-invalid-resource',
        message: `resource ${shorten(entry.key)} has no Type; it is not checked`,
        range: entry.keyRange,
      });
      continue;
    }
    const propertiesEntry = getEntry(definition, 'Properties');
    if (propertiesEntry && !propertiesEntry.value.tag && !isNull(propertiesEntry.value) && propertiesEntry.value.kind !== 'map') {
      shapeError(`the Properties of resource ${shorten(entry.key)} must be a mapping, not ${shapeOf(propertiesEntry.value)}`, propertiesEntry.keyRange);
    }
    const properties = propertiesEntry?.value;
    const condition = get(definition, 'Condition');
    const resource: Resource = {
      format: 'cloudformation',
      type: type.value,
      name: entry.key,
      logicalId: entry.key,
      file,
      range: entry.keyRange,
      extent: joinRanges(entry.keyRange, definition.range),
      properties: isPlainMap(properties) ? properties : { kind: 'map', entries: [], range: entry.keyRange },
      template,
    };
    if (properties && !isPlainMap(properties)) resource.rawProperties = properties;
    const metadata = asMap(get(definition, 'Metadata'));
    if (metadata) resource.metadata = metadata;
    const cdkPath = get(metadata, 'aws:cdk:path');
    if (cdkPath?.kind === 'scalar' && typeof cdkPath.value === 'string' && cdkPath.value !== '') {
      // An L2 construct's CloudFormation resource is its child `Resource`: the user wrote the construct.
      resource.constructPath = cdkPath.value.replace(/\/Resource$/, '');
    }
    if (condition?.kind === 'scalar' && typeof condition.value === 'string') resource.conditional = condition.value;
    template.resources.push(resource);
  }
  return template;
}

/** A mapping that is not an intrinsic function call (`{"Fn::If": [...]}`, `{"Ref": ...}`). */
function isPlainMap(node: Node | undefined): node is MapNode {
  if (!node || node.kind !== 'map' || node.tag) return false;
  const only = node.entries.length === 1 ? node.entries[0]!.key : undefined;
  return !(only === 'Ref' || only?.startsWith('Fn::'));
}

/** Rain's `Type: {Rain::Module: path}` (JSON spelling of a pre-processor tag): expanded before deployment. */
function isPreprocessorType(node: Node | undefined): boolean {
  return node?.kind === 'map' && node.entries.length === 1 && /^[A-Za-z]+::/.test(node.entries[0]!.key) && !node.entries[0]!.key.startsWith('Fn::');
}

function isNull(node: Node): boolean {
  return node.kind === 'scalar' && node.value === null;
}

/** What a node is, for messages: `a list`, `a string`, `a number`, … */
function shapeOf(node: Node): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  if (node.value === null) return 'null';
  return `a ${typeof node.value === 'string' ? 'string' : typeof node.value === 'number' ? 'number' : 'boolean'}`;
}

function sectionNodes(root: MapNode, name: string): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const e of asMap(get(root, name))?.entries ?? []) out.set(e.key, e.value);
  return out;
}

function sectionMaps(root: MapNode, name: string): Map<string, MapNode> {
  const out = new Map<string, MapNode>();
  for (const e of asMap(get(root, name))?.entries ?? []) if (e.value.kind === 'map') out.set(e.key, e.value);
  return out;
}
