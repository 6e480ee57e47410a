import { createRegistry } from '../src/engine/registry.js';
import { rds030 } from './rds-030.js';

/** The rules of iac-lint: adding a rule is its file, its fixtures and one line here. */
const registry = createRegistry([rds030]);

export const allRules = registry.rules;
export const selectRules = registry.select;
export const unknownRuleIds = registry.unknownIds;
export const findRule = registry.find;
