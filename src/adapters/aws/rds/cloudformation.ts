import type { MapNode, Node } from '../../../model/node.js';
import { resolveValue } from '../../../resolve/index.js';
import type { RdsFormat } from './database.js';

/** AWS::RDS::DBInstance and AWS::RDS::DBCluster. */
export const cloudFormationRds: RdsFormat = {
  kinds: { 'AWS::RDS::DBInstance': 'instance', 'AWS::RDS::DBCluster': 'cluster' },
  keys: {
    iamAuthentication: 'EnableIAMDatabaseAuthentication',
    deletionProtection: 'DeletionProtection',
    engine: 'Engine',
    engineVersion: 'EngineVersion',
    clusterId: 'DBClusterIdentifier',
    replicaSource: 'SourceDBInstanceIdentifier',
    snapshot: 'DBSnapshotIdentifier',
  },
  defaultEngine: {},
  container: 'template',
  /** A `Properties` that is one `Fn::If` is the union of its branches (SPEC §1); undefined when some branch is not a mapping. */
  variants(resource) {
    const raw = resource.rawProperties;
    if (!raw) return undefined;
    const variants: Array<{ properties: MapNode; branch: string }> = [];
    for (const p of resolveValue(resource, raw)) {
      const branch = p.provenance.join(', ');
      if (p.kind === 'absent') variants.push({ properties: { kind: 'map', entries: [], range: raw.range }, branch });
      else if (p.kind === 'unknown' && isPlainMap(p.node)) variants.push({ properties: p.node, branch });
      else return undefined;
    }
    return variants.length > 0 ? variants : undefined;
  },
};

/** A mapping that is not an intrinsic function call (`{"Fn::If": [...]}`, `{"Ref": ...}`). */
function isPlainMap(node: Node | undefined): node is MapNode {
  if (!node || node.kind !== 'map' || node.tag) return false;
  const only = node.entries.length === 1 ? node.entries[0]!.key : undefined;
  return !(only === 'Ref' || only?.startsWith('Fn::'));
}
