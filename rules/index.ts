import type { Rule } from '../src/engine/rule.js';
import { rds030 } from './rds-030.js';

/** The rules of iac-lint; src/engine/registry.ts reads this list. */
export const rules: Rule[] = [rds030];
