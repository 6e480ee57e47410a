import type { Rule } from './rule.js';

/**
 * A set of rules and the look-ups the CLI, the pipeline and the reporters
 * need. The shipped rules are one registry (rules/index.ts); a test may build
 * another from the same function (the engine never imports rules/).
 */
interface RuleRegistry {
  /** Every rule, in id order. */
  rules: Rule[];
  /** The rules to run: `only` (ids, case-insensitive) when given, minus `skip`; unknown ids are ignored here. */
  select(only?: string[], skip?: string[]): Rule[];
  /** The ids among `ids` that name no rule (for a usage error in the CLI). */
  unknownIds(ids: string[]): string[];
  find(id: string): Rule | undefined;
}

export function createRegistry(rules: readonly Rule[]): RuleRegistry {
  const sorted = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const ids = sorted.map((r) => r.meta.id.toUpperCase());
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate rule ids: ${ids.join(', ')}`);
  return {
    rules: sorted,
    select(only, skip) {
      const want = only && only.length > 0 ? new Set(only.map((id) => id.toUpperCase())) : undefined;
      const drop = new Set((skip ?? []).map((id) => id.toUpperCase()));
      return sorted.filter((r) => {
        const id = r.meta.id.toUpperCase();
        return (!want || want.has(id)) && !drop.has(id);
      });
    },
    unknownIds: (list) => list.filter((id) => !ids.includes(id.toUpperCase())),
    find: (id) => sorted.find((r) => r.meta.id.toUpperCase() === id.toUpperCase()),
  };
}
