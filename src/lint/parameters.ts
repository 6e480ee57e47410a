// CloudFormation parameter values from outside the templates (SPEC §2):
// `--parameter-files FILE` in the order given, then `--parameters KEY=VALUE`
// in the order given; a later value of a key wins. They are read once per
// run, inside the repository boundary, and sent to every unit as plain data;
// a template that declares the parameter takes the value instead of its
// Default/AllowedValues, and only such values (with literals) decide its
// conditions.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CloudFormationTemplate } from '../model/resource.js';
import type { Range } from '../model/range.js';
import { isWithin, type Boundary } from '../discover/boundary.js';
import { relativePath } from '../discover/paths.js';
import type { parseParameterFile as ParseParameterFile } from '../parsers/cloudformation/parameter-file.js';
import { readSourceFile } from '../discover/read.js';
import { shorten } from '../model/quote.js';

/** Where `--parameters` values come from, in provenance and diagnostics. */
const COMMAND_LINE = '--parameters';

/** One given value: plain data (sent to workers). */
export interface GivenValue {
  key: string;
  value: string;
  /** `params/prod.json` (relative to the working directory), or `--parameters`. */
  source: string;
  /** Where the value is written in its parameter file. */
  range?: Range;
}

interface GivenValues {
  /** The value that wins for each key, in the order first given. */
  values: GivenValue[];
  diagnostics: Diagnostic[];
}

export async function readGivenValues(
  files: string[],
  parameters: Array<{ key: string; value: string }>,
  options: { cwd: string; boundary: Boundary; maxBytes: number },
  /** The parameter-file reader, loaded by the caller with the CloudFormation front end (run.ts: an import() from here would be a cycle). */
  load: () => Promise<{ parseParameterFile: typeof ParseParameterFile }>,
): Promise<GivenValues> {
  const byKey = new Map<string, GivenValue>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const abs = resolve(options.cwd, file);
    const shown = relativePath(options.cwd, abs) || file;
    if (!existsSync(abs) && isWithin(options.boundary, abs)) {
      diagnostics.push({ file: shown, severity: 'error', code: 'parameter-file', message: 'parameter file not found' });
      continue;
    }
    const read = await readSourceFile(abs, shown, options.maxBytes, options.boundary);
    if (!read.ok) {
      diagnostics.push({ ...read.diagnostic, severity: 'error', message: `parameter file ${read.diagnostic.message}` });
      continue;
    }
    diagnostics.push(...read.diagnostics);
    const { parseParameterFile } = await load();
    const parsed = await parseParameterFile(shown, read.text);
    diagnostics.push(...parsed.diagnostics);
    for (const { key, value, range } of parsed.values) {
      byKey.delete(key);
      byKey.set(key, { key, value, source: shown, range });
    }
  }
  for (const { key, value } of parameters) {
    byKey.delete(key);
    byKey.set(key, { key, value, source: COMMAND_LINE });
  }
  return { values: [...byKey.values()], diagnostics };
}

/** Gives each template the values of the parameters it declares; returns the keys used. */
export function applyGivenValues(templates: CloudFormationTemplate[], values: GivenValue[] | undefined): string[] {
  if (!values || values.length === 0) return [];
  const used = new Set<string>();
  for (const template of templates) {
    for (const given of values) {
      if (!template.parameters.has(given.key)) continue;
      template.given ??= new Map();
      template.given.set(given.key, { kind: 'value', value: given.value, source: given.source });
      used.add(given.key);
    }
  }
  return [...used];
}

/** A warning for each given value that no linted template declares (a typo, or the wrong file). */
export function undeclaredValues(values: GivenValue[], used: Set<string>): Diagnostic[] {
  return values
    .filter((v) => !used.has(v.key))
    .map((v): Diagnostic => {
      const message = `parameter ${shorten(v.key)} is given a value but no linted template declares it`;
      return v.range ? { file: v.source, severity: 'warning', code: 'parameter-undeclared', message, range: v.range } : { file: v.source, severity: 'warning', code: 'parameter-undeclared', message };
    });
}
