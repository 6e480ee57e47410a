import type { Finding } from '../model/finding.js';
import type { TextEdit } from '../model/fix.js';

/**
 * Terraform instances (SPEC §1 "Instances and creation"): a definition with
 * `for_each` or `count` — or inside a module call that has them — has one
 * instance per key, each named by its address (`aws_db_instance.db["a"]`,
 * `module.db[0].aws_db_instance.this`). A definition is reported once: the
 * findings of one rule on instances of one definition become one finding,
 * at the first failing instance's place, named by the definition's address,
 * whose message names the failing instance keys.
 */

/** At most this many instance keys are named in a message (then "and N more"), each shortened to MAX_KEY_LENGTH. */
const MAX_NAMED_INSTANCES = 10;
const MAX_KEY_LENGTH = 60;
/** At most this many distinct descriptions of the instances' edits are named in a merged fix. */
const MAX_DESCRIPTIONS = 3;
/** An instance named by its whole address (keys of module calls and of the resource) is cut at this length. */
const MAX_ADDRESS_LENGTH = 200;

/** An address split into its definition (keys removed) and its instance keys (`["a"]`, `[0]`), one per keyed step. */
export function splitInstanceAddress(address: string): { definition: string; keys: string[] } {
  let definition = '';
  const keys: string[] = [];
  let i = 0;
  while (i < address.length) {
    const c = address[i]!;
    if (c !== '[') {
      definition += c;
      i++;
      continue;
    }
    // A key: [0] or ["quoted \"key\""], up to the matching bracket outside quotes.
    let j = i + 1;
    let quoted = false;
    for (; j < address.length; j++) {
      const d = address[j]!;
      if (quoted && d === '\\') j++;
      else if (d === '"') quoted = !quoted;
      else if (!quoted && d === ']') break;
    }
    keys.push(address.slice(i, j + 1));
    i = j + 1;
  }
  return { definition, keys };
}

/** Merges the findings of one rule on instances of one definition (see above); other findings are kept as they are, in order. */
export function mergeInstanceFindings(findings: Finding[]): Finding[] {
  const groups = new Map<string, { first: Finding; definition: string; instances: string[]; fixes: Finding[] }>();
  const out: Array<Finding | string> = [];
  for (const finding of findings) {
    const { definition, keys } = splitInstanceAddress(finding.resource.name);
    if (keys.length === 0 || finding.resource.format !== 'terraform') {
      out.push(finding);
      continue;
    }
    const group = JSON.stringify([finding.ruleId, definition, finding.suppression?.reason ?? null]);
    const known = groups.get(group);
    // `["a"]` for a resource's key; `module.db["a"]` for a module call's; the whole address for several keys.
    const name = finding.resource.name;
    const only = keys.length === 1 ? keys[0]! : undefined;
    const instance = only === undefined ? name : name.endsWith(only) ? only : name.slice(0, name.indexOf(only) + only.length);
    if (known) {
      if (!known.instances.includes(instance)) known.instances.push(instance);
      known.fixes.push(finding);
      continue;
    }
    groups.set(group, { first: finding, definition, instances: [instance], fixes: [finding] });
    out.push(group);
  }
  return out.map((item) => {
    if (typeof item !== 'string') return item;
    const { first, definition, instances, fixes } = groups.get(item)!;
    return { ...first, ...instancesFix(fixes), message: `${first.message}; ${describeInstances(instances)}`, resource: { ...first.resource, name: definition } };
  });
}

/**
 * The fix of a merged finding (SPEC §8): the edits of every failing
 * instance together (each instance may take its value from its own entry of
 * a for_each map), unsafe when any is; none when some instance has none.
 */
function instancesFix(findings: Finding[]): Pick<Finding, 'fix' | 'noFix'> {
  const first = findings[0]!;
  if (findings.length === 1) return first.fix ? { fix: first.fix } : first.noFix !== undefined ? { noFix: first.noFix } : {};
  const unfixed = findings.find((f) => !f.fix);
  if (unfixed) return unfixed.noFix !== undefined ? { fix: undefined, noFix: unfixed.noFix } : { fix: undefined };
  const edits = new Map<string, TextEdit>();
  for (const f of findings) for (const e of f.fix!.edits) edits.set(JSON.stringify([e.file, e.range.start.offset, e.range.end.offset, e.text]), e);
  const unsafe = findings.some((f) => f.fix!.applicability === 'unsafe');
  // Each instance's own edit is described (`change audit.iam of local.databases to true; change reports.iam …`), a few of them.
  const descriptions = [...new Set(findings.map((f) => f.fix!.description))];
  const more = descriptions.length > MAX_DESCRIPTIONS ? `; and ${descriptions.length - MAX_DESCRIPTIONS} more` : '';
  const description = descriptions.slice(0, MAX_DESCRIPTIONS).join('; ') + more;
  return { fix: { description, applicability: unsafe ? 'unsafe' : 'safe', edits: [...edits.values()] } };
}

function describeInstances(instances: string[]): string {
  const named = instances.slice(0, MAX_NAMED_INSTANCES).map(describeInstance).join(', ');
  const more = instances.length > MAX_NAMED_INSTANCES ? ` and ${instances.length - MAX_NAMED_INSTANCES} more` : '';
  return `failing instance${instances.length === 1 ? '' : 's'}: ${named}${more}`;
}

/**
 * An instance as a message names it: a key shortened to MAX_KEY_LENGTH; an
 * address (`module.db["a"].aws_db_instance.this[0]`) with each of its keys
 * shortened so, the names between them kept, so that every key still shows;
 * at most MAX_ADDRESS_LENGTH in all.
 */
function describeInstance(instance: string): string {
  const cut = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit - 3)}...` : text);
  if (instance.startsWith('[')) return cut(instance, MAX_KEY_LENGTH);
  const { keys } = splitInstanceAddress(instance);
  let out = '';
  let rest = instance;
  for (const key of keys) {
    const at = rest.indexOf(key);
    // The bracket stays, so the name after the key reads as the next step.
    out += rest.slice(0, at) + (key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH - 4)}...]` : key);
    rest = rest.slice(at + key.length);
  }
  return cut(out + rest, MAX_ADDRESS_LENGTH);
}
