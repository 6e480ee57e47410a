/**
 * The fuzz target (issue 17): every kind of input iac-lint reads — Terraform
 * (.tf, .tf.json, .tfvars and .tfvars.json, in the directory or named by
 * --var-file), plan JSON, CloudFormation templates and parameter files (the
 * AWS CLI's array, a CodePipeline template configuration, a plain mapping)
 * — taken from fixtures/ (always) and from the corpus (when ../shared is
 * present), mutated (test/mutations.ts: truncation, flipped bytes, swapped
 * tags, hostile text, a span repeated hundreds of times) and linted by the
 * real entry points in process: the CLI's main() writing every output format
 * at once, and the Action writing annotations, SARIF and its job summary.
 *
 * Each run must end normally: exit 0, 1 or 2; no stack trace or internal
 * error; SARIF valid against the vendored schema; no output line longer than
 * LINE_LIMIT; the job summary within GitHub's 1 MiB.
 *
 * Seeded and bounded (a few seconds) by default; IAC_LINT_FUZZ_RUNS=N runs N
 * cases, IAC_LINT_FUZZ_SEED=S another seed. A failure prints fast-check's
 * seed, path and the shrunk case (kind, file, mutations, how it was passed).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINE_LIMIT, lintEveryWay } from './bounded-output.js';
import { CORPUS, root } from './corpus-files.js';
import { applyAll, hostileMutation } from './mutations.js';

const RUNS = Number(process.env.IAC_LINT_FUZZ_RUNS ?? 0) || 40;
const SEED = Number(process.env.IAC_LINT_FUZZ_SEED ?? 0) || 17_2026;
const MAX_BYTES = 40_000;
const CORPUS_SAMPLE = 16;

const present = existsSync(CORPUS);
if (!present) console.warn(`fuzz-inputs: corpus not found at ${CORPUS}: fuzzing the fixtures only (set IAC_LINT_CORPUS to add it)`);

type Kind = 'tf' | 'tfjson' | 'tfvars' | 'plan' | 'parameters' | 'cloudformation';
const KINDS: Kind[] = ['tf', 'tfjson', 'tfvars', 'plan', 'parameters', 'cloudformation'];

interface Source {
  /** Where it comes from (fixtures/… or corpus/…), for the counterexample. */
  name: string;
  bytes: Buffer;
  /** The other files of a Terraform directory, copied unmutated beside a mutated .tfvars file. */
  siblings?: { name: string; bytes: Buffer }[];
}

function read(base: string, label: string, patterns: string[], mentions?: RegExp): Source[] {
  return fg
    .sync(patterns, { cwd: base, dot: true })
    .sort()
    .filter((p) => statSync(join(base, p)).size <= MAX_BYTES)
    .map((p) => ({ name: `${label}/${p}`, bytes: readFileSync(join(base, p)) }))
    .filter((s) => !mentions || mentions.test(s.bytes.toString('utf8')));
}

/** Every k-th of `files`, at most `n`: deterministic. */
function every(files: Source[], n: number): Source[] {
  const step = Math.max(1, Math.floor(files.length / n));
  return files.filter((_, i) => i % step === 0).slice(0, n);
}

/** A .tfvars file with the .tf files of its directory (the variables it sets). */
function withSiblings(base: string, label: string, file: Source): Source {
  const dir = join(base, dirname(file.name.slice(label.length + 1)));
  const siblings = readdirSync(dir)
    .filter((n) => n.endsWith('.tf') || n.endsWith('.tf.json'))
    .map((n) => ({ name: n, bytes: readFileSync(join(dir, n)) }));
  return { ...file, siblings };
}

function sources(): Record<Kind, Source[]> {
  const fixtures = join(root, 'fixtures');
  const out: Record<Kind, Source[]> = {
    tf: read(fixtures, 'fixtures', ['**/*.tf']),
    tfjson: read(fixtures, 'fixtures', ['**/*.tf.json']),
    tfvars: read(fixtures, 'fixtures', ['**/*.tfvars', '**/*.tfvars.json']).map((s) => withSiblings(fixtures, 'fixtures', s)),
    plan: read(fixtures, 'fixtures', ['**/*.json'], /"format_version"/),
    parameters: read(fixtures, 'fixtures', ['cloudformation/parameters/params/*']),
    cloudformation: read(fixtures, 'fixtures', ['rules/**/*.{yaml,json}', 'hostile/*.{yaml,json}', 'cloudformation/**/*.{yaml,json,template}'], /AWS::[A-Za-z0-9]+::/),
  };
  if (present) {
    out.tf.push(...every(read(CORPUS, 'corpus', ['**/*.tf'], /resource\s+"aws_(db|rds)/), CORPUS_SAMPLE));
    out.tfjson.push(...read(CORPUS, 'corpus', ['**/*.tf.json']));
    out.parameters.push(...read(CORPUS, 'corpus', ['**/*.json'], /"ParameterKey"/));
    out.cloudformation.push(...every(read(CORPUS, 'corpus', ['**/*.{yaml,yml,json,template}'], /AWS::RDS::/), CORPUS_SAMPLE));
  }
  return out;
}

/** The template the parameter files are given to: it declares the keys the fixtures set. */
const PARAMETER_TEMPLATE = readFileSync(join(root, 'fixtures/cloudformation/parameters/database.yaml'));

/** One fuzz case laid out under `caseRoot`: the linted directory `in`, reports to `out`; the extra arguments that name context files. */
function layOut(caseRoot: string, kind: Kind, source: Source, mutated: Buffer, named: boolean): { args: string[]; action: Record<string, string> } {
  const input = join(caseRoot, 'in');
  mkdirSync(input, { recursive: true });
  const name = basename(source.name);
  switch (kind) {
    case 'tf':
    case 'tfjson':
    case 'plan':
    case 'cloudformation':
      writeFileSync(join(input, name), mutated);
      return { args: [], action: {} };
    case 'tfvars': {
      for (const sibling of source.siblings ?? []) writeFileSync(join(input, sibling.name), sibling.bytes);
      if (!named) {
        writeFileSync(join(input, name), mutated);
        return { args: [], action: {} };
      }
      const file = name.endsWith('.json') ? 'given.tfvars.json' : 'given.tfvars';
      writeFileSync(join(caseRoot, file), mutated);
      return { args: ['--var-file', file], action: { 'INPUT_VAR-FILES': file } };
    }
    case 'parameters': {
      writeFileSync(join(input, 'database.yaml'), PARAMETER_TEMPLATE);
      const file = `given${name.slice(name.lastIndexOf('.'))}`;
      writeFileSync(join(caseRoot, file), mutated);
      return { args: ['--parameter-files', file], action: { 'INPUT_PARAMETER-FILES': file } };
    }
  }
}

describe('fuzzing every input kind through the CLI and the Action', () => {
  let inputs: Record<Kind, Source[]>;
  let work: string;
  beforeAll(() => {
    inputs = sources();
    work = mkdtempSync(join(tmpdir(), 'iac-lint-fuzz-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has sources of every kind', () => {
    for (const kind of KINDS) expect(inputs[kind].length, kind).toBeGreaterThan(0);
  });

  it(`${RUNS} mutated inputs (seed ${SEED}): exit 0/1/2, no internal error, valid SARIF, lines ≤ ${LINE_LIMIT} characters, summary ≤ 1 MiB`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KINDS), fc.nat(), fc.array(hostileMutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (kind, pick, ms, named) => {
        const source = inputs[kind][pick % inputs[kind].length]!;
        const caseRoot = join(work, `case-${n++}`);
        const { args, action } = layOut(caseRoot, kind, source, applyAll(source.bytes, ms), named);
        try {
          await lintEveryWay(caseRoot, args, action);
        } finally {
          rmSync(caseRoot, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000 + RUNS * 3_000);
});
