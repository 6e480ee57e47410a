/**
 * The configuration file (SPEC §2): `.iac-lint.yaml`, `.iac-lint.yml` or
 * `.iac-lint.json`, found in the working directory or the nearest parent up
 * to the repository root (the git work tree; without one, the working
 * directory only), or named with `--config FILE`. It holds the settings of
 * the command line; paths in it are relative to its directory.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ConfigError } from './find.js';
import type { Severity } from '../model/finding.js';
import schema from '../../schemas/iac-lint-config.schema.json' with { type: 'json' };
import { validate, type Schema, type SchemaError } from './validate.js';

/** The settings of a configuration file, paths made absolute. Keys absent from the file are absent here. */
export interface ConfigSettings {
  rules?: string[];
  skipRules?: string[];
  severity?: Record<string, Severity>;
  /** Globs as written: relative to the configuration file's directory (see excludeFromConfig). */
  exclude?: string[];
  varFiles?: string[];
  vars?: Array<{ name: string; value: string }>;
  parameterFiles?: string[];
  parameters?: Array<{ key: string; value: string }>;
  strict?: boolean;
  failOn?: string;
  softFail?: boolean;
  baseline?: string;
  format?: string;
  output?: string;
  maxFileSize?: number;
  sarifCategory?: string;
}

interface LoadedConfig {
  /** Absolute path of the file. */
  file: string;
  settings: ConfigSettings;
}

/** Reads, validates and converts a configuration file; throws ConfigError. `shown` is how messages name it; `knownRules` lets it name ids no rule has. */
export function loadConfig(file: string, shown = file, knownRules?: string[]): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return { file, settings: parseConfig(text, shown, dirname(file), knownRules) };
}

/** Parses and validates the text of a configuration file; relative paths are resolved from `dir`. */
function parseConfig(text: string, shown: string, dir: string, knownRules?: string[]): ConfigSettings {
  const lines = new LineCounter();
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const place = (offset: number): string => {
    const { line, col } = lines.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  const first = doc.errors[0];
  if (first) throw new ConfigError(`${place(first.pos[0])}: ${first.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'not valid YAML or JSON'}: ${first.message.split('\n')[0]}`);
  if (doc.contents === null) return {}; // an empty file: no settings
  const positions = new Map<string, { key: number; value: number }>();
  const value = toPlain(doc.contents as YamlNode, [], positions);
  const errors = validate(value, schema as Schema);
  if (errors.length === 0 && knownRules) errors.push(...unknownRules(value as Record<string, unknown>, knownRules));
  if (errors.length > 0) {
    const messages = errors.map((e) => {
      const at = positions.get(e.path.join('\u0000'));
      const offset = at ? (e.atKey ? at.key : at.value) : 0;
      const key = e.path.length > 0 ? e.path.join('.') : 'the file';
      return `${place(offset)}: ${key}: ${e.message}`;
    });
    throw new ConfigError(messages.join('\n'));
  }
  return toSettings(value as Record<string, unknown>, dir);
}

/** The plain value of a YAML node, recording where each key and value is. */
function toPlain(node: YamlNode | null, path: string[], positions: Map<string, { key: number; value: number }>, keyOffset?: number): unknown {
  const offset = node?.range?.[0] ?? keyOffset ?? 0;
  positions.set(path.join('\u0000'), { key: keyOffset ?? offset, value: offset });
  if (node === null) return null;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key as YamlNode | null;
      const key = isScalar(k) ? String(k.value) : String(k);
      out[key] = toPlain(pair.value as YamlNode | null, [...path, key], positions, k?.range?.[0]);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item, i) => toPlain(item as YamlNode | null, [...path, String(i)], positions));
  if (isScalar(node)) return node.value;
  return null;
}

/** Rule ids of `rules`, `skip-rules` and `severity` that name no rule (with the id they may mean). */
function unknownRules(c: Record<string, unknown>, knownRules: string[]): SchemaError[] {
  const known = new Map(knownRules.map((id) => [id.toUpperCase(), id]));
  const errors: SchemaError[] = [];
  const check = (id: string, path: string[], atKey: boolean): void => {
    if (known.has(id.toUpperCase())) return;
    const near = knownRules.find((k) => closeTo(k.toUpperCase(), id.toUpperCase()));
    errors.push({ path, atKey, message: `unknown rule ${id}${near ? ` (did you mean ${near}?)` : ''}` });
  };
  for (const key of ['rules', 'skip-rules']) ((c[key] as string[] | undefined) ?? []).forEach((id, i) => check(id, [key, String(i)], false));
  for (const id of Object.keys((c.severity as Record<string, unknown> | undefined) ?? {})) check(id, ['severity', id], true);
  return errors;
}

/** Same length and at most two characters differ, or one character more or less (a typo). */
function closeTo(a: string, b: string): boolean {
  if (a.length === b.length) return [...a].filter((c, i) => c !== b[i]).length <= 2;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  return [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

function toSettings(c: Record<string, unknown>, dir: string): ConfigSettings {
  const path = (p: string): string => (isAbsolute(p) ? p : resolve(dir, p));
  const strings = (key: string): string[] | undefined => (c[key] === undefined ? undefined : (c[key] as string[]));
  const pairs = (key: string): Array<[string, string]> | undefined =>
    c[key] === undefined ? undefined : Object.entries(c[key] as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
  const s: ConfigSettings = {};
  const set = <K extends keyof ConfigSettings>(key: K, value: ConfigSettings[K] | undefined): void => {
    if (value !== undefined) s[key] = value;
  };
  set('rules', strings('rules'));
  set('skipRules', strings('skip-rules'));
  if (c.severity !== undefined) {
    s.severity = Object.fromEntries(Object.entries(c.severity as Record<string, Severity>).map(([id, sev]) => [id.toUpperCase(), sev]));
  }
  set('exclude', strings('exclude'));
  set('varFiles', strings('var-files')?.map(path));
  set('vars', pairs('vars')?.map(([name, value]) => ({ name, value })));
  set('parameterFiles', strings('parameter-files')?.map(path));
  set('parameters', pairs('parameters')?.map(([key, value]) => ({ key, value })));
  set('strict', c.strict as boolean | undefined);
  set('failOn', c['fail-on'] as string | undefined);
  set('softFail', c['soft-fail'] as boolean | undefined);
  set('baseline', c.baseline === undefined ? undefined : path(c.baseline as string));
  set('format', c.format as string | undefined);
  set('output', c.output === undefined ? undefined : path(c.output as string));
  set('maxFileSize', c['max-file-size'] as number | undefined);
  set('sarifCategory', c['sarif-category'] as string | undefined);
  return s;
}
