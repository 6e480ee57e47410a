/**
 * Baselines (SPEC §5): `--write-baseline FILE` records today's findings by
 * fingerprint — the SARIF partialFingerprints: rule, file and resource, never
 * a line — in a sorted, stable JSON file meant for review; `--baseline FILE`
 * then marks the findings recorded there as suppressed (`via: baseline`; SARIF
 * `kind: external`), so only new ones count, and lists the entries that no
 * longer match any finding.
 *
 * Files in the baseline are relative to the baseline's own directory, so a
 * run from another working directory matches the same entries.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Finding } from '../model/finding.js';
import { comparePaths } from '../discover/paths.js';
import { fingerprints } from '../reporters/fingerprint.js';
import type { BaselineEntry, BaselineStatus } from '../model/baseline.js';
import { BaselineError } from './baseline-error.js';

const BASELINE_VERSION = 1;


interface Baseline {
  /** Absolute path. */
  file: string;
  entries: BaselineEntry[];
}

export { BaselineError };

/** The baseline entries for `findings` (those not suppressed in the source), sorted. `cwd`: the base of `Finding.file`. */
export function baselineEntries(findings: Finding[], baselineFile: string, cwd: string): BaselineEntry[] {
  const dir = dirname(baselineFile);
  const fileOf = (f: Finding): string => relative(dir, resolve(cwd, f.file)).split('\\').join('/');
  const prints = fingerprints(findings, fileOf);
  const entries: BaselineEntry[] = [];
  findings.forEach((f, i) => {
    if (f.suppression && f.suppression.via !== 'baseline') return;
    entries.push({ fingerprint: prints[i]!, ruleId: f.ruleId, file: fileOf(f), resource: f.resource.name, type: f.resource.type });
  });
  return entries.sort(
    (a, b) => comparePaths(a.file, b.file) || a.ruleId.localeCompare(b.ruleId) || a.resource.localeCompare(b.resource) || a.fingerprint.localeCompare(b.fingerprint),
  );
}

/** The text of a baseline file: stable (no dates, sorted entries, one per line group), so that it diffs well. */
export function baselineText(entries: BaselineEntry[]): string {
  const lines = entries.map((e) => `    ${JSON.stringify({ fingerprint: e.fingerprint, ruleId: e.ruleId, file: e.file, resource: e.resource, type: e.type })}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "iac-lint",\n  "findings": [\n${lines.join(',\n')}${lines.length > 0 ? '\n' : ''}  ]\n}\n`;
}

export function readBaseline(file: string, shown: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BaselineError(`${shown}: cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? String(error)}); write one with --write-baseline ${shown}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${shown}: not a baseline file: ${(error as Error).message}`);
  }
  const findings = (data as { findings?: unknown })?.findings;
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== BASELINE_VERSION || !Array.isArray(findings)) {
    throw new BaselineError(`${shown}: not a baseline file of this iac-lint (version ${BASELINE_VERSION} with a "findings" list); write it again with --write-baseline`);
  }
  const entries: BaselineEntry[] = [];
  findings.forEach((e, i) => {
    const ok = typeof e === 'object' && e !== null && ['fingerprint', 'ruleId', 'file', 'resource', 'type'].every((k) => typeof (e as Record<string, unknown>)[k] === 'string');
    if (!ok) throw new BaselineError(`${shown}: findings[${i}] needs the strings fingerprint, ruleId, file, resource and type`);
    entries.push(e as BaselineEntry);
  });
  return { file, entries };
}

/**
 * Marks the findings the baseline records as suppressed (via `baseline`) and
 * tells which entries of the files this run linted (`scanned`, relative to
 * `cwd`) no longer match. A finding already suppressed in the source keeps
 * that suppression.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline, shown: string, cwd: string, scanned: Iterable<string>): { findings: Finding[]; status: BaselineStatus } {
  const dir = dirname(baseline.file);
  const fileOf = (f: Finding): string => relative(dir, resolve(cwd, f.file)).split('\\').join('/');
  const prints = fingerprints(findings, fileOf);
  const recorded = new Set(baseline.entries.map((e) => e.fingerprint));
  const used = new Set<string>();
  let matched = 0;
  const out = findings.map((f, i) => {
    const print = prints[i]!;
    if (!recorded.has(print)) return f;
    used.add(print);
    if (f.suppression) return f;
    matched++;
    return { ...f, suppression: { via: 'baseline' as const, reason: `recorded in the baseline ${shown}` } };
  });
  const linted = new Set([...scanned].map((file) => relative(dir, resolve(cwd, file)).split('\\').join('/')));
  const stale = baseline.entries.filter((e) => !used.has(e.fingerprint) && linted.has(e.file));
  return { findings: out, status: { file: shown, matched, stale } };
}
