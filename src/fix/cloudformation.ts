/**
 * Edits that set a property of a CloudFormation resource, in the file's own
 * style (SPEC §8): YAML block mappings get a line with the neighbours'
 * indentation; flow mappings and JSON get the neighbours' separator (comma,
 * line ending, indentation, key quoting); a resource without `Properties`
 * gets one. Pure: model nodes and the template text in, TextEdits out.
 */
import { asMap, get, getEntry, type MapEntry, type MapNode, type Node } from '../model/node.js';
import type { CloudFormationTemplate, Resource } from '../model/resource.js';
import { addEntry, colonLike, insertLineAfter, isFlow, keyLike, type EditOutcome } from './mapping.js';
import { deeper, SourceText } from './source-text.js';


const sources = new WeakMap<CloudFormationTemplate, SourceText>();

function sourceOf(template: CloudFormationTemplate): SourceText {
  let source = sources.get(template);
  if (!source) sources.set(template, (source = new SourceText(template.text)));
  return source;
}

const definitions = new WeakMap<CloudFormationTemplate, Map<number, MapEntry>>();

/** The resource's definition (the mapping under its logical ID) and the entry that holds it; one index per template, so that each lookup is constant. */
function definitionOf(resource: Resource): { entry: MapEntry; definition: MapNode } | undefined {
  const template = resource.template as CloudFormationTemplate;
  let byOffset = definitions.get(template);
  if (!byOffset) {
    byOffset = new Map();
    for (const e of asMap(get(template.root, 'Resources'))?.entries ?? []) byOffset.set(e.keyRange.start.offset, e);
    definitions.set(template, byOffset);
  }
  const entry = byOffset.get(resource.range.start.offset);
  const definition = entry?.key === resource.name ? asMap(entry.value) : undefined;
  return entry && definition ? { entry, definition } : undefined;
}

/** Inside the file's span of `outer`? (A YAML alias points at a node written elsewhere: editing it would change every alias.) */
function within(node: { range: { start: { offset: number }; end: { offset: number } } }, outer: Resource): boolean {
  return node.range.start.offset >= outer.extent.start.offset && node.range.end.offset <= outer.extent.end.offset;
}

/** Adds `key: value` (value as source text, e.g. `true`) to the resource's Properties, creating Properties when absent. */
export function insertCloudFormationProperty(resource: Resource, key: string, value: string): EditOutcome {
  const template = resource.template as CloudFormationTemplate;
  const source = sourceOf(template);
  const found = definitionOf(resource);
  if (!found) return { noFix: 'the resource definition was not found in the file' };
  const { definition } = found;
  if (!within(definition, resource)) return { noFix: 'the resource is defined through a YAML alias' };
  const propertiesEntry = getEntry(definition, 'Properties');
  const edit = (offset: number, text: string): EditOutcome => ({ edits: [{ file: resource.file, range: source.at(offset), text }] });

  if (!propertiesEntry) {
    return addEntry(source, definition, 'Properties', (indent, neighbour, multiline) => {
      const k = keyLike(source, neighbour, key);
      if (!isFlow(source, definition)) return { block: `${deeper(indent, source.lineIndent(found.entry.keyRange.start.offset), indent)}${k}: ${value}` };
      if (!multiline) return { inline: `{${k}${colonLike(source, neighbour)}${value}}` };
      const inner = deeper(indent, source.lineIndent(found.entry.keyRange.start.offset), indent);
      return { inline: `{${source.eol}${inner}${k}${colonLike(source, neighbour)}${value}${source.eol}${indent}}` };
    }, edit);
  }
  const properties = propertiesEntry.value;
  if (!within(properties, resource)) return { noFix: 'Properties is a YAML alias of a mapping shared with other resources' };
  if (properties.kind === 'scalar' && properties.value === null && !properties.tag && !isFlow(source, definition)) {
    // `Properties:` with nothing after it: the setting goes on the next line, one level deeper.
    const indent = source.indentBefore(propertiesEntry.keyRange.start.offset);
    if (indent === undefined) return { noFix: 'cannot tell the indentation of Properties' };
    const line = `${deeper(indent, source.lineIndent(found.entry.keyRange.start.offset), indent)}${key}: ${value}`;
    return insertLineAfter(source, propertiesEntry.keyRange.end.offset, line, edit);
  }
  if (properties.kind !== 'map' || properties.tag || properties.entries.some((e) => e.key === 'Fn::If')) {
    return { noFix: 'Properties is not a plain mapping (an intrinsic function or a tag)' };
  }
  if (properties.entries.length === 0) {
    if (!isFlow(source, properties)) return { noFix: 'Properties is empty' };
    const quote = source.text[found.entry.keyRange.start.offset] === '"' ? JSON.stringify(key) : key;
    return edit(properties.range.start.offset + 1, `${quote}: ${value}`);
  }
  return addEntry(source, properties, key, () => ({ plain: value }), edit);
}

/** Whether `node` is the Default of a parameter, with the parameter's name. */
export function parameterOfDefault(template: CloudFormationTemplate, node: Node): { name: string; parameter: MapNode } | undefined {
  for (const [name, parameter] of template.parameters) {
    if (get(parameter, 'Default') === node) return { name, parameter };
  }
  return undefined;
}

/** Whether `node` is a value under the template's Mappings, with where. */
export function mappingOfValue(template: CloudFormationTemplate, node: Node): string | undefined {
  for (const [name, mapping] of template.mappings) {
    for (const top of mapping.entries) {
      for (const second of asMap(top.value)?.entries ?? []) {
        if (second.value === node) return `${name}[${top.key}][${second.key}]`;
      }
    }
  }
  return undefined;
}
