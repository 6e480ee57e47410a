import { rules } from '../../rules/index.js';
import type { Rule } from './rule.js';

/** Every rule iac-lint knows, in id order. */
export const allRules: Rule[] = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

/**
 * The rules to run: `only` (ids, case-insensitive) when given, minus `skip`.
 * Unknown ids are ignored here; use `unknownRuleIds` to report them.
 */
export function selectRules(only?: string[], skip?: string[]): Rule[] {
  const want = only && only.length > 0 ? new Set(only.map((id) => id.toUpperCase())) : undefined;
  const drop = new Set((skip ?? []).map((id) => id.toUpperCase()));
  return allRules.filter((r) => {
    const id = r.meta.id.toUpperCase();
    return (!want || want.has(id)) && !drop.has(id);
  });
}

/** The ids among `ids` that name no rule (for a usage error in the CLI). */
export function unknownRuleIds(ids: string[]): string[] {
  const known = new Set(allRules.map((r) => r.meta.id.toUpperCase()));
  return ids.filter((id) => !known.has(id.toUpperCase()));
}

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id.toUpperCase() === id.toUpperCase());
}
