/**
 * Terraform plan JSON (`terraform show -json tfplan`, SPEC §1 and §2): the
 * resources a plan would leave in place, as Terraform resources of the
 * shared model, so the same rule code judges them.
 *
 * - Detected by content: a JSON object with `format_version` and
 *   `planned_values` or `resource_changes`.
 * - Resources come from `planned_values.root_module` and its nested
 *   `child_modules`, with the addresses the plan gives them (module paths
 *   and instance keys: `module.db.aws_db_instance.this`,
 *   `aws_db_instance.db["a"]`); resources that appear only in
 *   `resource_changes` are read from `change.after`.
 * - Data sources and resources the plan deletes are skipped.
 * - Values are literals (a planned string "${x}" is that string); null is
 *   absent; an attribute that `change.after_unknown` marks is unknown (its
 *   node is the after_unknown entry, so a finding about it points there).
 * - The header of a resource is its `"address"` entry.
 *
 * Never throws for bad input: a plan with the wrong shape gives a
 * diagnostic naming the place, and what can be read is read.
 */
import { dirname } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { getEntry, type MapEntry, type MapNode, type Node, type ScalarNode } from '../../model/node.js';
import { LineIndex, type Range } from '../../model/range.js';
import type { Resource } from '../../model/resource.js';
import { readJson } from '../cloudformation/json-reader.js';
import { looksLikeTerraformPlan, type TerraformPlanModule } from './plan-kind.js';

interface TerraformPlanParse {
  /** The plan, when the file is one and could be read. */
  module?: TerraformPlanModule;
  diagnostics: Diagnostic[];
  /** The file is a Terraform plan (or, when it could not be parsed, looks like one). */
  isPlan: boolean;
}

/** Child modules nested deeper than this are not read (a plan from Terraform nests as deep as its modules). */
const MAX_MODULE_DEPTH = 64;

export function parseTerraformPlan(file: string, text: string): TerraformPlanParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = new LineIndex(source);
  const read = readJson(file, source, index);
  if (!read.root) return { diagnostics: read.diagnostics, isPlan: looksLikeTerraformPlan(source) };
  const root = read.root;
  if (root.kind !== 'map' || !getEntry(root, 'format_version') || !(getEntry(root, 'planned_values') || getEntry(root, 'resource_changes'))) {
    return { diagnostics: [], isPlan: false };
  }
  const reader = new PlanReader(file, read.diagnostics);
  const module: TerraformPlanModule = {
    format: 'terraform',
    dir: dirname(file),
    files: new Map([[file, source]]),
    variables: new Map(),
    locals: new Map(),
    tfvars: new Map(),
    resources: [],
    plan: { file, unknown: reader.unknown },
  };
  reader.read(root, module);
  return { module, diagnostics: reader.diagnostics, isPlan: true };
}

interface Change {
  actions: string[];
  after?: MapNode;
  afterUnknown?: MapNode;
}

class PlanReader {
  readonly unknown = new Set<Node>();

  constructor(
    private readonly file: string,
    readonly diagnostics: Diagnostic[],
  ) {}

  read(root: MapNode, module: TerraformPlanModule): void {
    const changes = this.changes(root);
    const seen = new Set<string>();
    const planned = getEntry(root, 'planned_values');
    if (planned) {
      const rootModule = this.map(planned.value, 'planned_values') && getEntry(planned.value as MapNode, 'root_module');
      if (rootModule) this.modules(rootModule.value, 'planned_values.root_module', (node, place) => this.resource(node, place, changes, module, seen, 'values'));
    }
    // Resources the plan lists only as changes (a plan without planned_values).
    const list = getEntry(root, 'resource_changes');
    if (list?.value.kind === 'seq') {
      list.value.items.forEach((node, i) => this.resource(node, `resource_changes[${i}]`, changes, module, seen, 'change'));
    }
  }

  /** resource_changes by address. */
  private changes(root: MapNode): Map<string, Change> {
    const out = new Map<string, Change>();
    const list = getEntry(root, 'resource_changes');
    if (!list) return out;
    if (list.value.kind !== 'seq') {
      this.shape(list.value, 'resource_changes must be a list');
      return out;
    }
    list.value.items.forEach((item, i) => {
      if (item.kind !== 'map') return this.shape(item, `resource_changes[${i}] must be an object`);
      const address = scalarString(getEntry(item, 'address')?.value);
      const change = getEntry(item, 'change')?.value;
      if (address === undefined || change?.kind !== 'map') return;
      const actions = getEntry(change, 'actions')?.value;
      const entry: Change = { actions: actions?.kind === 'seq' ? actions.items.map(scalarString).filter((a): a is string => a !== undefined) : [] };
      const after = getEntry(change, 'after')?.value;
      if (after?.kind === 'map') entry.after = after;
      const afterUnknown = getEntry(change, 'after_unknown')?.value;
      if (afterUnknown?.kind === 'map') entry.afterUnknown = afterUnknown;
      out.set(address, entry);
    });
    return out;
  }

  /** Walks a module and its child_modules (iteratively), calling `visit` for each resource node. */
  private modules(node: Node, place: string, visit: (resource: Node, place: string) => void): void {
    const work: Array<{ node: Node; place: string; depth: number }> = [{ node, place, depth: 0 }];
    while (work.length > 0) {
      const { node: m, place: where, depth } = work.pop()!;
      if (!this.map(m, where)) continue;
      const resources = getEntry(m, 'resources');
      if (resources) {
        if (resources.value.kind !== 'seq') this.shape(resources.value, `${where}.resources must be a list`);
        else resources.value.items.forEach((r, i) => visit(r, `${where}.resources[${i}]`));
      }
      const children = getEntry(m, 'child_modules');
      if (!children) continue;
      if (children.value.kind !== 'seq') {
        this.shape(children.value, `${where}.child_modules must be a list`);
        continue;
      }
      if (depth >= MAX_MODULE_DEPTH) {
        this.diagnostics.push({ file: this.file, severity: 'warning', code: 'plan-too-deep', message: `${where}: child modules nested more than ${MAX_MODULE_DEPTH} levels deep are not read`, range: children.keyRange });
        continue;
      }
      // Reversed onto the stack, so resources come in file order.
      for (let i = children.value.items.length - 1; i >= 0; i--) work.push({ node: children.value.items[i]!, place: `${where}.child_modules[${i}]`, depth: depth + 1 });
    }
  }

  private resource(node: Node, place: string, changes: Map<string, Change>, module: TerraformPlanModule, seen: Set<string>, from: 'values' | 'change'): void {
    if (!this.map(node, place)) return;
    const addressEntry = getEntry(node, 'address');
    const address = scalarString(addressEntry?.value);
    const type = scalarString(getEntry(node, 'type')?.value);
    if (!addressEntry || address === undefined || type === undefined) return this.shape(node, `${place} has no "address" and "type"`);
    if (seen.has(address)) return;
    const mode = scalarString(getEntry(node, 'mode')?.value) ?? 'managed';
    if (mode !== 'managed') return;
    const change = changes.get(address);
    if (change && change.actions.length > 0 && change.actions.every((a) => a === 'delete')) return;
    let values: Node | undefined;
    if (from === 'values') values = getEntry(node, 'values')?.value;
    else {
      if (!change?.after) return; // no values after the change: nothing left to judge
      values = change.after;
    }
    if (values !== undefined && values.kind !== 'map') return this.shape(values, `${place}.values must be an object`);
    seen.add(address);
    const range: Range = { start: addressEntry.keyRange.start, end: addressEntry.value.range.end };
    const resource: Resource = {
      format: 'terraform',
      type,
      name: address,
      file: this.file,
      range,
      extent: node.range,
      properties: this.properties(values, change?.afterUnknown, node.range),
      template: module,
    };
    module.resources.push(resource);
  }

  /** The planned values without nulls (absent), plus an entry for each attribute the plan marks unknown. */
  private properties(values: MapNode | undefined, afterUnknown: MapNode | undefined, at: Range): MapNode {
    const entries: MapEntry[] = (values?.entries ?? []).filter((e) => !(e.value.kind === 'scalar' && e.value.value === null)).map((e) => ({ ...e }));
    if (afterUnknown) {
      for (const u of afterUnknown.entries) {
        const existing = entries.find((e) => e.key === u.key);
        if (u.value.kind === 'scalar' && u.value.value === true) {
          const node: ScalarNode = { kind: 'scalar', value: null, range: u.value.range };
          this.unknown.add(node);
          if (existing) existing.value = node;
          else entries.push({ key: u.key, keyRange: u.keyRange, value: node });
        } else if (existing) this.markUnknown(existing.value, u.value);
      }
    }
    return { kind: 'map', entries, range: values?.range ?? at };
  }

  /** Marks the nodes inside `value` that `marks` (the matching after_unknown part) flags `true`. */
  private markUnknown(value: Node, marks: Node): void {
    const work: Array<[Node, Node]> = [[value, marks]];
    while (work.length > 0) {
      const [v, m] = work.pop()!;
      if (m.kind === 'scalar') {
        if (m.value === true) this.unknown.add(v);
      } else if (m.kind === 'map' && v.kind === 'map') {
        for (const e of m.entries) {
          const inner = getEntry(v, e.key);
          if (inner) work.push([inner.value, e.value]);
        }
      } else if (m.kind === 'seq' && v.kind === 'seq') {
        m.items.forEach((item, i) => {
          const inner = v.items[i];
          if (inner) work.push([inner, item]);
        });
      }
    }
  }

  private map(node: Node, place: string): node is MapNode {
    if (node.kind === 'map') return true;
    this.shape(node, `${place} must be an object`);
    return false;
  }

  private shape(node: Node, message: string): void {
    this.diagnostics.push({ file: this.file, severity: 'error', code: 'plan-shape', message: `Terraform plan: ${message}`, range: node.range });
  }
}

function scalarString(node: Node | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}
