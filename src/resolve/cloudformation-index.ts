/**
 * Lookups the CloudFormation resolver makes many times per template, built
 * once per template or mapping (so that a template of N resources that refer
 * to each other resolves in time linear in N).
 */
import type { MapEntry, MapNode, Node } from '../model/node.js';
import type { CloudFormationTemplate, Resource } from '../model/resource.js';
import { work } from '../model/work.js';

/** The single intrinsic of a one-entry map (`{"Ref": X}`, `{"Fn::If": [...]}`), if it is one. */
export function intrinsic(node: Node): { name: string; arg: Node } | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const e = node.entries[0]!;
  return e.key === 'Ref' || e.key === 'Condition' || e.key.startsWith('Fn::') ? { name: e.key, arg: e.value } : undefined;
}

/** The logical ID of a resource in its template (its name, unless stack-qualified). */
function logicalIdOf(resource: Resource): string {
  return resource.logicalId ?? resource.name;
}

const byLogicalId = new WeakMap<CloudFormationTemplate, Map<string, Resource>>();

/** The resource of `template` with this logical ID. */
export function resourceByLogicalId(template: CloudFormationTemplate, id: string): Resource | undefined {
  let index = byLogicalId.get(template);
  if (!index || index.size !== template.resources.length) {
    index = new Map(template.resources.map((r) => [logicalIdOf(r), r]));
    byLogicalId.set(template, index);
    work.collectionItems += template.resources.length;
  }
  return index.get(id);
}

const entriesOf = new WeakMap<MapNode, Map<string, MapEntry>>();

/** A mapping's entries by key (the last of duplicates wins, as in CloudFormation). */
export function mappingEntries(map: MapNode): Map<string, MapEntry> {
  let index = entriesOf.get(map);
  if (!index) {
    index = new Map(map.entries.map((e) => [e.key, e]));
    entriesOf.set(map, index);
    work.collectionItems += map.entries.length;
  }
  return index;
}
