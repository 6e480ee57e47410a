import { getEntry, type MapNode, type Node } from '../../../model/node.js';
import { quote } from '../../../model/quote.js';
import type { Resource } from '../../../model/resource.js';
import type { Setting, SettingValue } from '../../../model/setting.js';
import type { Possibility } from '../../../model/value.js';
import { referencedResources, resolveValue } from '../../../resolve/index.js';
import type { EngineCandidate, EngineVersion, RdsDatabase, RdsFormat, RdsKind } from './database.js';

/**
 * Maps one resource of a format to the neutral RdsDatabase (SPEC §1):
 * cluster membership, the possible engines (following read replicas to an
 * instance of the same template or module, and the provider's default
 * engine), and the settings rules read. A conditional body
 * (`Properties: !If`) gives one database per branch.
 */
const MAX_REPLICA_DEPTH = 8;
const UNRESOLVABLE_BODY = 'the Properties of the resource cannot be resolved statically';

export function readDatabases(resource: Resource, format: RdsFormat): RdsDatabase[] {
  const kind = format.kinds[resource.type];
  if (!kind) return [];
  const variants = format.variants?.(resource);
  if (variants) return variants.map((v) => readBody(resource, v.properties, kind, format, v.branch));
  return [readBody(resource, resource.properties, kind, format)];
}

function readBody(resource: Resource, properties: MapNode, kind: RdsKind, format: RdsFormat, variant?: string): RdsDatabase {
  const { keys } = format;
  const opaque = resource.rawProperties !== undefined && variant === undefined;
  const setting = (key: string): Setting =>
    opaque ? unresolvableSetting(resource, key) : readSetting(resource, properties, key);
  return {
    kind,
    resource,
    ...(variant !== undefined ? { variant } : {}),
    clusterMember: kind === 'instance' && isSet(resource, getEntry(properties, keys.clusterId)?.value),
    engines: opaque ? [unknownEngine(UNRESOLVABLE_BODY)] : engines(resource, properties, kind, format, 0),
    iamAuthentication: setting(keys.iamAuthentication),
    deletionProtection: setting(keys.deletionProtection),
  };
}

function readSetting(resource: Resource, properties: MapNode, key: string): Setting {
  const entry = getEntry(properties, key);
  return { resource, key, ...(entry ? { entry } : {}), values: resolveValue(resource, entry?.value).map(settingValue) };
}

function unresolvableSetting(resource: Resource, key: string): Setting {
  return { resource, key, values: [{ source: 'unknown', reason: UNRESOLVABLE_BODY, provenance: [] }] };
}

function settingValue(p: Possibility): SettingValue {
  const node = p.node ? { node: p.node } : {};
  if (p.kind === 'unknown') return { source: 'unknown', reason: p.reason, provenance: p.provenance, ...node };
  if (p.kind === 'absent' || p.value === null) return { source: 'absent', provenance: p.provenance, ...node };
  return { source: 'explicit', value: p.value, provenance: p.provenance, ...node };
}

function unknownEngine(why: string): EngineCandidate {
  return { why, versions: [], derived: false };
}

function isSet(resource: Resource, node: Node | undefined): boolean {
  if (!node) return false;
  return resolveValue(resource, node).some((p) => !(p.kind === 'absent' || (p.kind === 'value' && p.value === null)));
}

/** ` (step, step)` after a value, or nothing. */
function provenance(p: { provenance: string[] }): string {
  return p.provenance.length > 0 ? ` (${p.provenance.join(', ')})` : '';
}

function engines(resource: Resource, properties: MapNode, kind: RdsKind, format: RdsFormat, depth: number): EngineCandidate[] {
  const key = format.keys.engine;
  const possibilities = resolveValue(resource, getEntry(properties, key)?.value);
  if (possibilities.length === 0) return [unknownEngine(`${key} has no possible value`)];
  return possibilities.flatMap((p): EngineCandidate[] => {
    if (p.kind === 'unknown') return [unknownEngine(`${key} cannot be resolved (${p.reason})`)];
    if (p.kind === 'absent' || p.value === null) return engineWhenAbsent(resource, properties, kind, format, depth);
    if (typeof p.value !== 'string') return [unknownEngine(`${key} ${quote(p.value)} is not an engine name`)];
    return [{ name: p.value.trim().toLowerCase(), why: `${key} ${quote(p.value)}${provenance(p)}`, versions: versions(resource, properties, format), derived: false }];
  });
}

function versions(resource: Resource, properties: MapNode, format: RdsFormat): EngineVersion[] {
  const key = format.keys.engineVersion;
  const entry = getEntry(properties, key);
  if (!entry) return [{ state: 'absent' }];
  return resolveValue(resource, entry.value).map((p): EngineVersion => {
    if (p.kind === 'absent' || (p.kind === 'value' && p.value === null)) return { state: 'absent' };
    if (p.kind === 'unknown') return { state: 'unknown', why: `${key} cannot be resolved (${p.reason})` };
    const version = String(p.value);
    return { state: 'value', version, why: `${key} ${quote(version)}${provenance(p)}` };
  });
}

function engineWhenAbsent(resource: Resource, properties: MapNode, kind: RdsKind, format: RdsFormat, depth: number): EngineCandidate[] {
  const { keys } = format;
  const fallback = format.defaultEngine[kind];
  if (fallback) {
    const why = `${keys.engine} is not set: the provider default is ${fallback}`;
    return [{ name: fallback, why, derived: true, versions: versions(resource, properties, format) }];
  }
  if (kind === 'cluster') return [unknownEngine(`${keys.engine} is not set`)];
  const source = getEntry(properties, keys.replicaSource);
  if (source && isSet(resource, source.value)) {
    const sources = referencedResources(resource, source.value).filter(
      (r) => format.kinds[r.type] === 'instance' && r !== resource,
    );
    if (sources.length === 0 || depth >= MAX_REPLICA_DEPTH) {
      return [unknownEngine(`${keys.engine} is not set and ${keys.replicaSource} does not refer to a DB instance of this ${format.container}`)];
    }
    return sources.flatMap((src) => {
      const body = src.rawProperties ? undefined : src.properties;
      const found: EngineCandidate[] = body
        ? engines(src, body, 'instance', format, depth + 1)
        : [unknownEngine(UNRESOLVABLE_BODY)];
      return found.map((e) => ({ ...e, why: `read replica of ${src.name}: ${e.why}`, derived: true }));
    });
  }
  const snapshot = getEntry(properties, keys.snapshot);
  if (snapshot && isSet(resource, snapshot.value)) {
    return [unknownEngine(`${keys.engine} is not set (restored from snapshot ${keys.snapshot}, engine unknown)`)];
  }
  return [unknownEngine(`${keys.engine} is not set`)];
}
