/**
 * `--fix`, `--unsafe-fixes`, `--dry-run` (SPEC §8): applies the fixes of a
 * lint result to the linted files, then lints again so that the report and
 * the exit code say what remains; with `--dry-run`, prints a unified diff
 * instead of writing. The fix summary goes to stderr, so that stdout keeps
 * the report (or the diff) alone.
 */
import { discover } from '../discover/walk.js';
import type { Finding } from '../model/finding.js';
import { planFixes, readTexts, writeChange, type FixPlan } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';
import { lint, type LintOptions } from '../lint/run.js';
import type { LintResult } from '../model/lint-result.js';

interface FixSettings {
  unsafe: boolean;
  dryRun: boolean;
}

type FixRun =
  /** Files were written (or nothing to fix): `result` is the new lint. */
  | { kind: 'fixed'; result: LintResult; failedWrites: number }
  /** `--dry-run`: the diff was printed; `remaining` is what the fixes would leave. */
  | { kind: 'dry-run'; remaining: LintResult };

export async function runFixes(
  result: LintResult,
  lintOptions: LintOptions,
  settings: FixSettings,
  io: { stdout(s: string): void; stderr(s: string): void },
): Promise<FixRun> {
  const { cwd } = lintOptions;
  // Only files among the linted inputs are edited (SPEC §8): not module sources, var files or parents read for context.
  const discovery = await discover(lintOptions.paths, { cwd, ...(lintOptions.exclude ? { exclude: lintOptions.exclude } : {}) });
  const inputs = new Set(discovery.files.map((f) => f.path));
  const edited = result.findings.flatMap((f) => (f.fix ? f.fix.edits.map((e) => e.file) : []));
  const plan = planFixes(result.findings, { unsafe: settings.unsafe, inputs }, await readTexts(edited, cwd));

  if (settings.dryRun) {
    io.stdout(plan.changes.map((c) => unifiedDiff(c.file, c.before, c.edits)).join(''));
    io.stderr(summary(plan, true));
    const fixed = new Set(plan.fixed);
    return { kind: 'dry-run', remaining: { ...result, findings: result.findings.filter((f) => !fixed.has(f)) } };
  }
  let failedWrites = 0;
  for (const change of plan.changes) {
    try {
      await writeChange(change, cwd);
    } catch (error) {
      failedWrites++;
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      io.stderr(`iac-lint: cannot write ${change.file}: ${reason}\n`);
    }
  }
  io.stderr(summary(plan, false, failedWrites));
  const relinted = plan.changes.length > failedWrites ? await lint(lintOptions) : result;
  return { kind: 'fixed', result: relinted, failedWrites };
}

function summary(plan: FixPlan, dryRun: boolean, failedWrites = 0): string {
  const files = plan.changes.length - failedWrites;
  const lines: string[] = [];
  const verb = dryRun ? 'would fix' : 'fixed';
  const notFixed = plan.skipped.length + plan.unfixable.length;
  const unsafe = plan.skipped.filter((s) => s.finding.fix?.applicability === 'unsafe' && s.reason.includes('--unsafe-fixes')).length;
  const head = `iac-lint: ${verb} ${plural(plan.fixed.length, 'finding')} in ${plural(dryRun ? plan.changes.length : files, 'file')}`;
  const tail = notFixed > 0 ? `; ${plural(notFixed, 'finding')} ${notFixed === 1 ? 'has' : 'have'} no safe fix${unsafe > 0 ? ` (${unsafe} with an unsafe fix: --unsafe-fixes)` : ''}` : '';
  lines.push(`${head}${tail}`);
  for (const { finding, reason } of plan.skipped) lines.push(`  ${place(finding)}  not fixed: ${reason}`);
  for (const finding of plan.unfixable) lines.push(`  ${place(finding)}  no fix${finding.noFix ? `: ${finding.noFix}` : ''}`);
  return `${lines.map(clean).join('\n')}\n`;
}

function place(f: Finding): string {
  return `${f.file}:${f.range.start.line}:${f.range.start.column}  ${f.ruleId}  (${f.resource.name})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Control characters from the input are shown escaped, never sent to the terminal. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
