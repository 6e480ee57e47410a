/**
 * Terraform's JSON configuration syntax (`.tf.json`): the top-level object
 * maps block types to objects nested by label (`resource` → type → name →
 * body; `variable` → name → body; `locals` → body). A body may be an object
 * or an array of objects (several blocks with the same labels), and so may
 * the value at every label level. Ranges come from the JSON reader: a
 * block's header is its last label's key, its extent the body value.
 */
import type { MapNode, Node } from '../../model/node.js';
import type { LocatedBlock } from './hcl-nodes.js';

/** How many labels each top-level block type has. Other keys (e.g. "//" comments) are ignored. */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  check: 1,
};

export function jsonSyntaxBlocks(root: Node): LocatedBlock[] {
  const blocks: LocatedBlock[] = [];
  if (root.kind !== 'map') return blocks;
  for (const top of root.entries) {
    const depth = LABELS[top.key];
    if (depth === undefined) continue;
    const work: Array<{ node: Node; labels: LocatedBlock['labelRanges']; names: string[]; header: LocatedBlock['header'] }> = [
      { node: top.value, labels: [], names: [], header: top.keyRange },
    ];
    while (work.length > 0) {
      const { node, labels, names, header } = work.shift()!;
      if (names.length < depth) {
        // Each label level may also be an array of objects (HCL JSON syntax): `"resource": [{"aws_db_instance": {…}}]`.
        for (const level of node.kind === 'seq' ? node.items : [node]) {
          if (level.kind !== 'map') continue;
          for (const e of level.entries) {
            work.push({ node: e.value, labels: [...labels, e.keyRange], names: [...names, e.key], header: e.keyRange });
          }
        }
        continue;
      }
      const bodies: Node[] = node.kind === 'seq' ? node.items : [node];
      for (const body of bodies) {
        if (body.kind !== 'map') continue;
        blocks.push({ type: top.key, labels: names, labelRanges: labels, header, extent: body.range, body: withoutComments(body) });
      }
    }
  }
  return blocks;
}

/** Terraform ignores "//" properties in JSON bodies (they are comments). */
function withoutComments(body: MapNode): MapNode {
  return body.entries.some((e) => e.key === '//') ? { ...body, entries: body.entries.filter((e) => e.key !== '//') } : body;
}
