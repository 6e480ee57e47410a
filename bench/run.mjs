#!/usr/bin/env node
// `npm run bench`: how fast iac-lint is, as ratios measured in one run (this
// machine is shared and noisy, so every figure is a median of interleaved
// runs and is compared with a baseline measured alongside it).
//
//   1. one-file cold start: a small CloudFormation file and a small .tf
//      directory, each against `node -e 0`, the floor of any Node tool,
//      without NODE_EXTRA_CA_CERTS (the goals' figure) and, where the
//      environment sets it, with it too;
//   2. HCL parse throughput: our parser against hcl2json (the test oracle)
//      on the corpus .tf files, MB/s side by side (bench/hcl-parse.ts);
//   3. the whole corpus (../shared/corpus or $IAC_LINT_CORPUS): files/s, MB/s,
//      peak memory, and the ratios to a bare one-core parse of the same files
//      with the card's parsers (bench/card-parse.ts: yaml, JSON.parse,
//      hcl2json; the goal's baseline), with our parsers (bench/parse-only.ts),
//      and to reading the bytes (no rules, one process each);
//   4. CloudFormation side by side with cfn-lint on the templates listed in
//      bench/cfn-lint-set.txt;
//   5. scaling: generated inputs of 1, 2, 4 and 8 MB (one .tf file; one
//      CloudFormation YAML without aliases) and 1k and 10k small files
//      (50k with --scale-50k; 1 MB → 30 MB files with --scale-30mb): time and
//      peak RSS per size, the growth from one size to the next, and a flag
//      where it grows faster than linear;
//   6. with --probe: the hostile shapes of issue 17 item 12 (bench/probe.mjs),
//      each at doubling sizes: time, peak RSS, growth per doubling and peak
//      RSS ÷ input bytes (--probe-100k adds the 100k-database one-line JSON).
//
// Options: --write (also write bench/results.md), --runs N (cold starts,
// default 15), --corpus-runs N (default 3), --cfn-lint-runs N (default 3),
// --parse-rounds N (default 5), --skip-corpus, --skip-cfn-lint, --skip-scaling,
// --scale-50k, --scale-30mb, --only-scaling (the scaling step alone),
// --only-cold-start (the cold-start step alone; with --write it replaces only
// that section of bench/results.md, with the commit and load it was made at),
// --probe, --probe-100k, --only-probe (the probe alone; with --write it
// replaces only the probe's section of bench/results.md, likewise).
// Writes nothing but a temporary directory under os.tmpdir() (removed at the
// end) and, with --write, bench/results.md; builds dist/ first if missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PROBE_HEAD, probe, terraformOfSize } from './probe.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = option('runs', 15);
const CORPUS_RUNS = option('corpus-runs', 3);
const CFN_LINT_RUNS = option('cfn-lint-runs', 3);
const PARSE_ROUNDS = option('parse-rounds', 5);
const CORPUS = process.env.IAC_LINT_CORPUS ?? resolve(root, '../shared/corpus');
const NODE = process.execPath;
const CLI = join(root, 'bin/iac-lint.js');
const SMALL_CFN = 'fixtures/rules/RDS-030/bad/postgres-false.yaml';
const SMALL_TF = 'fixtures/rules/RDS-030/bad/tf-postgres-false';

const work = mkdtempSync(join(tmpdir(), 'iac-lint-bench-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

function ensureBuilt() {
  // Always rebuilt: a stale dist/ (or one without the pool's worker) would measure other code.
  console.log('building dist/ (node scripts/build.mjs)');
  const built = spawnSync(NODE, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
}

function machineFacts() {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memGb: (totalmem() / 2 ** 30).toFixed(1),
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
    commit: gitDescribe(),
  };
}

/** The commit measured, and whether the work tree differed from it. */
function gitDescribe() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status !== 0) return 'not a git checkout';
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'rules', 'scripts', 'bench/parse-only.ts', 'bench/card-parse.ts', 'bench/hcl-parse.ts'], { cwd: root, encoding: 'utf8' });
  return `commit ${head.stdout.trim()}${dirty.stdout.trim() ? ' with uncommitted changes in the sources' : ''}`;
}

/** Runs a command once; wall time in ms, exit status, and its peak RSS in MB when asked. */
function run(command, commandArgs, { rss = false, output = false, env, baseEnv = process.env } = {}) {
  const rssFile = join(work, 'rss.txt');
  let argv = [command, ...commandArgs];
  if (rss) argv = rssWrapped(argv, rssFile);
  const start = process.hrtime.bigint();
  const child = spawnSync(argv[0], argv.slice(1), { cwd: root, env: env ? { ...baseEnv, ...env } : baseEnv, stdio: ['ignore', output ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  const result = { ms, status: child.status, stderr: child.stderr.toString(), stdout: child.stdout?.toString() ?? '' };
  if (rss) result.rssMb = readRss(rssFile, result.stderr);
  return result;
}

/** GNU time reports the peak RSS of the child; elsewhere a --require hook reports it from inside Node. */
function rssWrapped(argv, rssFile) {
  if (process.platform === 'linux' && existsSync('/usr/bin/time')) return ['/usr/bin/time', '-f', 'IAC_LINT_BENCH_RSS_KB=%M', ...argv];
  const hook = join(work, 'rss-hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
  return argv[0] === NODE ? [NODE, '--require', hook, ...argv.slice(1)] : argv;
}

function readRss(rssFile, stderr) {
  const match = /IAC_LINT_BENCH_RSS_KB=(\d+)/.exec(stderr);
  const kb = match ? Number(match[1]) : existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return kb / 1024;
}

/** Runs each command `runs` times, interleaved (a, b, c, a, b, c, ...) after one warm-up each. */
function interleaved(commands, runs, options) {
  const optionsOf = (c) => ({ ...options, env: c.env, baseEnv: c.baseEnv });
  for (const c of commands) run(c.command, c.args, optionsOf(c));
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => samples[j].push(run(c.command, c.args, optionsOf(c))));
  return samples;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (v) => `${Math.round(v)} ms`;
const ratio = (v) => `${v.toFixed(2)}×`;
const verdict = (value, goal) => (value <= goal ? `meets ≤ ${goal}×` : `misses ≤ ${goal}×`);

function table(head, rows) {
  say(`| ${head.join(' | ')} |`);
  say(`|${head.map(() => '---').join('|')}|`);
  for (const row of rows) say(`| ${row.join(' | ')} |`);
  say();
}

/**
 * This machine (and many a CI runner) sets NODE_EXTRA_CA_CERTS, which makes
 * every Node start read and parse a certificate bundle: most of `node -e 0`
 * here. The goals are judged without it (the honest floor); the rows with it
 * show what a user with the variable set sees. Without the variable in the
 * environment there is one set of rows.
 */
const CA_VARIABLE = 'NODE_EXTRA_CA_CERTS';
const withoutCaEnv = () => {
  const { [CA_VARIABLE]: _dropped, ...env } = process.env;
  return env;
};
const caModes = () =>
  process.env[CA_VARIABLE]
    ? [
        { label: `without ${CA_VARIABLE}`, env: withoutCaEnv(), judged: true },
        { label: `with ${CA_VARIABLE}`, env: process.env, judged: false },
      ]
    : [{ label: `${CA_VARIABLE} not set`, env: process.env, judged: true }];

async function coldStart() {
  const base = [
    { name: '`node -e 0`', command: NODE, args: ['-e', '0'] },
    { name: `iac-lint, one CloudFormation file (${SMALL_CFN})`, command: NODE, args: [CLI, SMALL_CFN], goal: 1.5 },
    { name: `iac-lint, one .tf directory (${SMALL_TF})`, command: NODE, args: [CLI, SMALL_TF], goal: 2 },
  ];
  // Ablation: the CLI with yaml, yargs and fast-glob left external (dist/iac-lint.js inlines them).
  const external = await benchBundle('iac-lint-external');
  base.push({ name: 'same CloudFormation file, CLI with its packages external (ablation)', command: NODE, args: [external, SMALL_CFN] });
  const modes = caModes();
  // Every command in every mode, interleaved in one go; the floor of each mode is its own `node -e 0`.
  const commands = modes.flatMap((mode) => base.map((c) => ({ ...c, mode, baseEnv: mode.env })));
  say(`## One-file cold start (median of ${RUNS} interleaved runs, wall time of the whole process)`);
  say();
  if (modes.length > 1) {
    say(`Each command runs ${modes.map((m) => m.label).join(' and ')} (this machine sets ${CA_VARIABLE}=${process.env[CA_VARIABLE]}, which makes every Node start load those certificates); the goals are judged without it.`);
    say();
  }
  const samples = interleaved(commands, RUNS);
  const medians = samples.map((s) => median(s.map((r) => r.ms)));
  const floorOf = (mode) => medians[commands.findIndex((c) => c.mode === mode)];
  table(
    ['command', ...modes.flatMap((m) => [`median, ${m.label}`, `min`, `ratio to \`node -e 0\``]), 'goal'],
    base.map((c, b) => {
      const cells = modes.flatMap((mode, m) => {
        const i = m * base.length + b;
        return [ms(medians[i]), ms(Math.min(...samples[i].map((r) => r.ms))), ratio(medians[i] / floorOf(mode))];
      });
      const judged = modes.findIndex((m) => m.judged) * base.length + b;
      return [c.name, ...cells, c.goal ? verdict(medians[judged] / floorOf(modes.find((m) => m.judged)), c.goal) : ''];
    }),
  );
  for (const [i, c] of commands.entries()) {
    const statuses = new Set(samples[i].map((r) => r.status));
    if ([...statuses].some((s) => s !== 0 && s !== 1)) say(`warning: ${c.name} (${c.mode.label}) exited with ${[...statuses].join(', ')}: ${samples[i][0].stderr.trim()}`);
  }
  instructionCounts(base.slice(0, 3), modes); // not the ablation
}

/**
 * The same starts counted in instructions (valgrind's callgrind, every
 * thread, one run each): unlike wall time they hardly change with the
 * machine's load. V8's hash seed is fixed through its random seed
 * (--random-seed=1): a random one moves a start by ~7-9 M instructions.
 * Not --hash-seed=1: that flag changes V8's flag hash, so Node rejects the
 * code cache of its own built-in modules and compiles (and serializes)
 * each one a run loads, which charged a one-file CloudFormation run ~20 M
 * instructions more than `node -e 0` (2.34x instead of 2.10x; a .tf
 * directory 2.61x instead of 2.36x). Skipped without valgrind.
 */
function instructionCounts(commands, modes) {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    say('(valgrind not found: no instruction counts)\n');
    return;
  }
  const counts = modes.map((mode) =>
    commands.map((c) => {
      const out = join(work, 'callgrind.out');
      const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, c.command, '--random-seed=1', ...c.args], { cwd: root, env: mode.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      rmSync(out, { force: true });
      const match = /Collected : (\d+)/.exec(r.stderr);
      return match ? Number(match[1]) : NaN;
    }),
  );
  say('Instructions (valgrind --tool=callgrind, `node --random-seed=1`, one run each):');
  say();
  table(
    ['command', ...modes.flatMap((m) => [`instructions, ${m.label}`, 'ratio to `node -e 0`']), 'goal'],
    commands.map((c, i) => {
      const judged = counts[modes.findIndex((m) => m.judged)];
      return [
        c.name,
        ...counts.flatMap((n) => [`${(n[i] / 1e6).toFixed(1)} M`, ratio(n[i] / n[0])]),
        c.goal ? verdict(judged[i] / judged[0], c.goal) : '',
      ];
    }),
  );
}

/**
 * Bundles the bench's own entries (parse-only.ts, hcl-parse.ts) into the
 * temporary directory, beside a link to node_modules. Returns the path of
 * each bundle.
 */
let benchBundles;
async function benchBundle(name) {
  const dir = join(work, 'bundles');
  if (!benchBundles) {
    benchBundles = buildBenchBundles(dir);
  }
  await benchBundles;
  return join(dir, `${name}.mjs`);
}

const esbuildNode = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };

async function buildBenchBundles(dir) {
  await build({
    ...esbuildNode,
    entryPoints: ['parse-only', 'card-parse', 'hcl-parse', 'pool-choice'].map((entry) => join(root, `bench/${entry}.ts`)),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    packages: 'external',
  });
  // Ablation for the cold start: the CLI with its packages external, as
  // dist/iac-lint.js was before it inlined them (scripts/build.mjs).
  await build({
    ...esbuildNode,
    entryPoints: [join(root, 'src/cli/bin.ts')],
    outfile: join(dir, 'iac-lint-external.mjs'),
    packages: 'external',
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
}

async function hclParse() {
  const script = await benchBundle('hcl-parse');
  say(`## HCL parse throughput (every .tf file of the corpus, in memory; ours: median of ${PARSE_ROUNDS} passes, hcl2json: one pass)`);
  say();
  const r = run(NODE, [script, CORPUS, String(PARSE_ROUNDS)], { output: true, rss: false });
  if (r.status !== 0) {
    say(`failed: ${r.stderr.trim()}\n`);
    return;
  }
  const m = JSON.parse(r.stdout.trim().split('\n').pop());
  const mbps = (t) => m.bytes / 2 ** 20 / (t / 1000);
  table(
    ['parser', 'time', 'MB/s', 'ratio to hcl2json'],
    [
      ['ours (src/parsers/terraform/hcl/), median pass', ms(m.oursMs), mbps(m.oursMs).toFixed(1), ratio(mbps(m.oursMs) / mbps(m.hcl2jsonMs))],
      ['ours, best pass', ms(m.oursBestMs), mbps(m.oursBestMs).toFixed(1), ratio(mbps(m.oursBestMs) / mbps(m.hcl2jsonMs))],
      ['hcl2json (Go → WebAssembly, the test oracle)', ms(m.hcl2jsonMs), mbps(m.hcl2jsonMs).toFixed(2), ratio(1)],
    ],
  );
  const x = mbps(m.oursMs) / mbps(m.hcl2jsonMs);
  say(`${m.files} files, ${(m.bytes / 2 ** 20).toFixed(1)} MB. Our parser / hcl2json: **${x.toFixed(1)}× the MB/s** (goal ≥ 10×: ${x >= 10 ? 'met' : 'missed'}).`);
  say();
}

/** The threads iac-lint chooses for a large run now (src/lint/pool-size.ts, bench/pool-choice.ts), with the machine's cores and load. */
function automaticChoice(script) {
  const r = spawnSync(NODE, [script], { encoding: 'utf8' });
  if (r.status !== 0) return 'unknown';
  const { threads, cores, load } = JSON.parse(r.stdout);
  return `${threads} thread${threads === 1 ? '' : 's'} at ${cores} cores, load ${load.toFixed(2)}`;
}

/** The largest corpus file: one 3.2 MB .tf file, thousands of top-level blocks. */
const LARGEST_FILE = 'datadog-iac-scanner/test/fixtures/max_file_size/sample.tf';

async function wholeCorpus() {
  const parseOnly = await benchBundle('parse-only');
  const cardParse = await benchBundle('card-parse');
  const choice = automaticChoice(await benchBundle('pool-choice'));
  const commands = [
    { name: `iac-lint (all rules, \`--format json\`; threads chosen automatically: ${choice})`, command: NODE, args: [CLI, CORPUS, '--format', 'json'], env: { IAC_LINT_WORKERS: '' } },
    { name: 'iac-lint in one thread (`IAC_LINT_WORKERS=1`)', command: NODE, args: [CLI, CORPUS, '--format', 'json'], env: { IAC_LINT_WORKERS: '1' } },
    { name: `iac-lint with the pool (\`IAC_LINT_WORKERS=${availableParallelism()}\`: main thread + 1 worker per other core)`, command: NODE, args: [CLI, CORPUS, '--format', 'json'], env: { IAC_LINT_WORKERS: String(availableParallelism()) } },
    { name: "bare one-core parse with the card's parsers (bench/card-parse.ts: yaml Documents, JSON.parse, hcl2json)", command: NODE, args: [cardParse, CORPUS, root, 'card'] },
    { name: 'bare one-core parse with our parsers (bench/parse-only.ts)', command: NODE, args: [parseOnly, CORPUS, root] },
    { name: 'reading the bytes (same discovery, bench/card-parse.ts read)', command: NODE, args: [cardParse, CORPUS, root, 'read'] },
  ];
  say(`## Whole corpus (${CORPUS}; median of ${CORPUS_RUNS} interleaved runs)`);
  say();
  const samples = interleaved(commands, CORPUS_RUNS, { rss: true });
  // The file count and bytes come from the parse-only run: the same discovery, every file read once.
  const counted = spawnSync(NODE, [parseOnly, CORPUS, root], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const { files, bytes } = JSON.parse(counted.stdout.trim().split('\n').pop());
  const medians = samples.map((s) => median(s.map((r) => r.ms)));
  const rss = samples.map((s) => Math.max(...s.map((r) => r.rssMb)));
  const [ours, oneThread, pool, card, bare, bytesRead] = medians;
  table(
    ['command', 'median wall', 'files/s', 'MB/s', 'peak RSS', "ratio to the card's parse", 'ratio to our bare parse', 'ratio to reading the bytes'],
    commands.map((c, i) => [
      c.name,
      ms(medians[i]),
      (files / (medians[i] / 1000)).toFixed(0),
      (bytes / 2 ** 20 / (medians[i] / 1000)).toFixed(2),
      `${rss[i].toFixed(0)} MB`,
      ratio(medians[i] / card),
      ratio(medians[i] / bare),
      ratio(medians[i] / bytesRead),
    ]),
  );
  const r = ours / card;
  say(`${files} files, ${(bytes / 2 ** 20).toFixed(1)} MB. iac-lint / bare one-core parse with the card's parsers: **${ratio(r)}** (goal ≤ 0.3×: ${r <= 0.3 ? 'met' : 'missed'}); / our bare parse: ${ratio(ours / bare)}; / reading the bytes: ${ratio(ours / bytesRead)}; peak memory ${rss[0].toFixed(0)} MB (goal ≤ 200 MB: ${rss[0] <= 200 ? 'met' : 'missed'}); the automatic choice / one thread: ${ratio(ours / oneThread)} the time; the pool / one thread: ${ratio(pool / oneThread)} the time, ${ratio(rss[2] / rss[1])} the memory.`);
  say();
  const largest = join(CORPUS, LARGEST_FILE);
  if (!existsSync(largest)) return;
  const one = [
    { name: `iac-lint ${LARGEST_FILE}`, command: NODE, args: [CLI, largest, '--format', 'json'] },
    { name: 'bare parse of the same file', command: NODE, args: [parseOnly, largest, root] },
  ];
  say(`### The largest file (${LARGEST_FILE}, 3.2 MB; median of ${CORPUS_RUNS} interleaved runs)`);
  say();
  const oneSamples = interleaved(one, CORPUS_RUNS, { rss: true });
  const oneMedians = oneSamples.map((s) => median(s.map((x) => x.ms)));
  table(
    ['command', 'median wall', 'peak RSS', 'ratio to the bare parse'],
    one.map((c, i) => [c.name, ms(oneMedians[i]), `${Math.max(...oneSamples[i].map((x) => x.rssMb)).toFixed(0)} MB`, ratio(oneMedians[i] / oneMedians[1])]),
  );
  say();
}

function cfnLintSideBySide() {
  const version = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    say('## CloudFormation beside cfn-lint\n\nskipped: `cfn-lint` is not installed (pip install cfn-lint).\n');
    return;
  }
  if (!existsSync(CORPUS)) {
    say(`## CloudFormation beside cfn-lint\n\nskipped: no corpus at ${CORPUS}.\n`);
    return;
  }
  const set = readFileSync(join(root, 'bench/cfn-lint-set.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => join(CORPUS, l));
  const missing = set.filter((f) => !existsSync(f));
  const files = set.filter((f) => existsSync(f));
  const commands = [
    { name: `cfn-lint ${version.stdout.trim().replace(/^cfn-lint /, '')} (all its rules)`, command: 'cfn-lint', args: files },
    { name: 'iac-lint (its rules)', command: NODE, args: [CLI, ...files] },
  ];
  say(`## CloudFormation beside cfn-lint (${files.length} corpus templates with AWS::RDS resources, bench/cfn-lint-set.txt; median of ${CFN_LINT_RUNS} interleaved runs)`);
  say();
  if (missing.length > 0) say(`(${missing.length} listed templates are missing from this corpus)\n`);
  const samples = interleaved(commands, CFN_LINT_RUNS);
  const medians = samples.map((s) => median(s.map((r) => r.ms)));
  table(
    ['command', 'median wall', 'ratio to cfn-lint'],
    commands.map((c, i) => [c.name, ms(medians[i]), ratio(medians[i] / medians[0])]),
  );
  say('cfn-lint checks hundreds of rules (schemas, references, best practices); iac-lint runs its own rule set, so this compares the cost of linting the same files, not equal work.');
  say();
}

/** One CloudFormation YAML template of about `mb` MB, with no anchors or aliases. */
function cloudFormationOfSize(mb) {
  const parts = ['AWSTemplateFormatVersion: 2010-09-09\nDescription: generated\nResources:\n'];
  let size = parts[0].length;
  for (let i = 0; size < mb * 2 ** 20; i++) {
    const resource = `  Db${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n      AllocatedStorage: "${20 + (i % 50)}"\n      EnableIAMDatabaseAuthentication: ${i % 2 === 0}\n      Tags:\n        - Key: Name\n          Value: db-${i}\n`;
    parts.push(resource);
    size += resource.length;
  }
  return parts.join('');
}

/** `count` small CloudFormation templates in nested directories of 100. */
function manyFiles(dir, count) {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `d${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `t${i}.yaml`), `AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n      EnableIAMDatabaseAuthentication: ${i % 2 === 0}\n`);
  }
}

/** Time and peak RSS per size; growth = (time ratio) / (size ratio) from one size to the next, flagged above 1.5. */
function scalingRows(label, sizes, unit, make, extraArgs = []) {
  const rows = [];
  let previous;
  for (const size of sizes) {
    const target = make(size);
    const r = run(NODE, [CLI, target, '--format', 'json', ...extraArgs], { rss: true });
    let growth = '';
    if (previous) {
      const g = r.ms / previous.ms / (size / previous.size);
      growth = `${ratio(r.ms / previous.ms)} time for ${ratio(size / previous.size)} input: ${g > 1.5 ? `**super-linear (${g.toFixed(2)})**` : `linear (${g.toFixed(2)})`}`;
    }
    const status = r.status === 0 || r.status === 1 ? '' : ` (exit ${r.status}: ${r.stderr.trim().split('\n')[0]})`;
    rows.push([`${label}, ${size} ${unit}`, ms(r.ms) + status, `${r.rssMb.toFixed(0)} MB`, growth]);
    previous = { ms: r.ms, size };
  }
  return rows;
}

/** Files above the default --max-file-size (10 MB) are skipped unread: the 30 MB rows raise it. */
const LARGE_FILE_ARGS = ['--max-file-size', '64'];

function scaling() {
  const files = [1000, 10000, ...(args.includes('--scale-50k') ? [50000] : [])];
  say('## Scaling (generated inputs, one run each, `--format json`; growth: time ratio ÷ input ratio, flagged above 1.5)');
  say();
  const dir = join(work, 'scaling');
  mkdirSync(dir, { recursive: true });
  const rows = [
    ...scalingRows('one .tf file', [1, 2, 4, 8], 'MB', (mb) => {
      const module = join(dir, `tf-${mb}mb`);
      mkdirSync(module, { recursive: true });
      writeFileSync(join(module, 'main.tf'), terraformOfSize(mb));
      return module;
    }),
    ...scalingRows('one CloudFormation YAML (no aliases)', [1, 2, 4, 8], 'MB', (mb) => {
      const file = join(dir, `cfn-${mb}mb.yaml`);
      writeFileSync(file, cloudFormationOfSize(mb));
      return file;
    }),
    // --scale-30mb: the issue's goal, 30 MB in time proportional to 1 MB × 30 (±50%), no false alias bomb.
    ...(args.includes('--scale-30mb')
      ? [
          ...scalingRows('one .tf file (1 MB → 30 MB)', [1, 30], 'MB', (mb) => {
            const module = join(dir, `tf30-${mb}mb`);
            mkdirSync(module, { recursive: true });
            writeFileSync(join(module, 'main.tf'), terraformOfSize(mb));
            return module;
          }, LARGE_FILE_ARGS),
          ...scalingRows('one CloudFormation YAML, no aliases (1 MB → 30 MB)', [1, 30], 'MB', (mb) => {
            const file = join(dir, `cfn30-${mb}mb.yaml`);
            writeFileSync(file, cloudFormationOfSize(mb));
            return file;
          }, LARGE_FILE_ARGS),
        ]
      : []),
  ];
  // Memory (issue 16 item 3): peak RSS varies with when the garbage collector runs, so the file rows are medians of 3 runs.
  const trees = files.map((count) => {
    const tree = join(dir, `files-${count}`);
    manyFiles(tree, count);
    return tree;
  });
  const fileRows = [];
  let previous;
  let firstRss;
  let lastRatio;
  for (const [i, count] of files.entries()) {
    const runs = [0, 1, 2].map(() => run(NODE, [CLI, trees[i], '--format', 'json'], { rss: true }));
    const wall = median(runs.map((r) => r.ms));
    const rss = median(runs.map((r) => r.rssMb));
    firstRss ??= rss;
    lastRatio = rss / firstRss;
    const g = previous ? wall / previous.wall / (count / previous.count) : undefined;
    const growth = previous ? `${ratio(wall / previous.wall)} time for ${ratio(count / previous.count)} input: ${g > 1.5 ? `**super-linear (${g.toFixed(2)})**` : `linear (${g.toFixed(2)})`}` : '';
    fileRows.push([`small CloudFormation files, ${count} files (median of 3)`, ms(wall), `${rss.toFixed(0)} MB (${ratio(rss / firstRss)} the 1k files')`, growth]);
    previous = { wall, count };
  }
  rows.push(...fileRows);
  table(['input', 'wall', 'peak RSS', 'growth from the size before'], rows);
  say(`Peak RSS of ${files.at(-1)} small files (half of them with a finding) / 1k files: **${ratio(lastRatio)}** (goal for 50k files ≤ 2×${files.at(-1) === 50000 ? `: ${lastRatio <= 2 ? 'met' : 'missed'}` : ''}).`);
  say();
  rmSync(dir, { recursive: true, force: true });
}

const PROBE_HEADING = '## Hostile shapes (issue 17 item 12; bench/probe.mjs, one run each, `--format json`)';

function probeSection() {
  say(PROBE_HEADING);
  say();
  const { base, rows, worst, fmtMs } = probe({ node: NODE, cli: CLI, work }, { big: args.includes('--probe-100k') });
  table(PROBE_HEAD, rows);
  say(`Start (a one-database template): ${ms(base.ms)}, ${base.rssMb.toFixed(0)} MB peak RSS. Worst time: ${fmtMs(worst.ms)} (${worst.msRow}); worst peak RSS: ${worst.rssMb.toFixed(0)} MB (${worst.rssRow}, ${((worst.rssMb * 2 ** 20) / worst.rssBytes).toFixed(0)}× its input); highest RSS ÷ input at 1 MB or more: ${worst.perByte.toFixed(0)}× (${worst.perByteRow}; goal ≤ 30×: ${worst.perByte <= 30 ? 'met' : 'missed'}); highest peak added ÷ input added, to 1 MB or more: ${worst.addedPerByte.toFixed(0)}× (${worst.addedRow}; ${worst.addedPerByte <= 30 ? 'within' : 'over'} 30×).`);
  say();
}

/** `--only-probe --write`: the probe's section of bench/results.md replaced by this run's (added before the notes when absent). */
function writeProbeSection(section, facts, endLoad) {
  const file = join(root, 'bench/results.md');
  const text = readFileSync(file, 'utf8');
  const [heading, ...rest] = section;
  const body = [heading, '', `Measured ${facts.date} at ${facts.commit} (\`--only-probe${args.includes('--probe-100k') ? ' --probe-100k' : ''}\`) · load average ${facts.load} at start, ${endLoad} at end.`, ...rest].join('\n').trimEnd();
  let start = text.indexOf(PROBE_HEADING);
  let next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
  if (start < 0) {
    start = next = text.indexOf('\n## How these figures') + 1;
    if (start === 0) throw new Error('bench/results.md has no notes section to put the probe before');
    writeFileSync(file, `${text.slice(0, start)}${body}\n\n${text.slice(next)}`);
  } else writeFileSync(file, `${text.slice(0, start)}${body}\n${text.slice(next)}`);
  console.log("\nwrote the probe's section of bench/results.md");
}

// Appended to bench/results.md by --write: how to read the figures.
const NOTES = `
## How these figures are made, and how to read them

\`npm run bench -- --write\` (bench/run.mjs). Each figure is the median wall
time of interleaved runs of whole processes (spawn to exit), so it includes
Node's own start and exit. The machine is shared with other jobs: compare the
ratios, measured side by side in one run, rather than absolute times.
Peak RSS is GNU time's "maximum resident set size" of the process.

- **Cold start.** A run loads only what it uses (issue 16 item 1): the
  CLI's core (command line, discovery, engine, rules, text report) is one
  chunk of dist/; CloudFormation's readers with yaml, Terraform's reader
  (HCL parser, registry catalog) and its evaluator with the built-in
  functions, each other format, --fix, the configuration reader, baselines,
  shards, plans, the pool, fast-glob (directory walks), yargs-parser (a
  command line with options) and yargs with its help layout (--help,
  --version, usage errors) are chunks loaded by the first run that needs
  them (test/start-up-loading.test.ts checks which). scripts/build.mjs
  keeps the chunks few (each file costs the ESM loader a few tenths of a
  millisecond), minifies whitespace and syntax (less for V8 to scan), and
  takes Node's built-ins with process.getBuiltinModule (an import builds an
  ES module facade of all of a built-in's exports; createRequire loads
  node:module). The CLI writes with write(2) on fd 1 and 2: Node's stdout
  and stderr streams load two dozen modules (streams, net, tty). What is
  left is mostly V8 compiling the ~345 KB (7 files) a CloudFormation run
  loads (yaml ~140 KB of it, whose Document half only the fallback for what
  the CST reader leaves uses) and yaml's first parse. The "packages external" row is the same CLI with its
  packages resolved and loaded from node_modules, as before they were
  inlined, built by the bench in a temporary directory. The instruction
  counts (callgrind, all threads, V8's hash seed fixed) hardly move with
  the machine's load, unlike the wall times.
- **HCL parse throughput.** bench/hcl-parse.ts reads every corpus .tf file
  into memory, then parses them all with our parser a few times (the first
  pass, with V8 still compiling the parser, included in the median) and
  once with hcl2json, which the project keeps as the test oracle only
  (test/corpus-terraform.test.ts).
- **Whole corpus.** Three baselines discover the same files and read them
  synchronously, in one process with no rules. The goal's ("the bare
  one-core parse with the card's parsers"), bench/card-parse.ts, parses
  each file once with the parsers of the card's design: \`yaml\`'s
  parseAllDocuments for CloudFormation YAML, JSON.parse for JSON and
  hcl2json (Go → WebAssembly) for Terraform. bench/parse-only.ts parses
  with our own parsers; "reading the bytes" (card-parse.ts read) only reads. A Terraform directory that names no
  resource type of a selected rule is only checked for syntax (no model,
  no resolution). The worker pool (src/lint/pool.ts: the main thread and
  one worker thread per other core) sizes itself from the free cores
  (os.availableParallelism() less the 1-minute load average; one thread
  below ~4 MB of input, src/lint/pool-size.ts): the first row is that
  automatic choice (named with the machine's load when the rows began),
  the second one thread, the third the pool forced with
  IAC_LINT_WORKERS=cores. iac-lint also parses local module directories
  again at each call.
- **cfn-lint.** cfn-lint runs all its rules (schemas, references, best
  practices); iac-lint runs its own rules. The comparison is the cost of
  linting the same templates, not equal work.
- **Scaling.** Generated inputs, one run each (whole processes, so the
  smallest sizes include the start-up): growth is the time ratio divided by
  the input ratio between consecutive sizes; 1.0 is linear, below 1 the
  fixed costs still dominate, above 1.5 is flagged super-linear. The
  small-file rows are medians of 3 runs with their peak RSS as a ratio to
  the 1k files' (issue 16: 50k files within 2x): a CLI run holds findings
  as compact records and writes the report in pieces (src/lint/held.ts),
  so what is left to grow is the discovered paths and the garbage
  collector's slack, which makes the peak vary by ~20% from run to run.
- **Hostile shapes** (--probe). bench/probe.mjs generates each shape of
  issue 17 item 12 at doubling sizes; growth is as in the scaling step
  (over input bytes). "RSS ÷ input" is the peak RSS over the input's bytes;
  "above start" first subtracts the peak RSS of a one-database template,
  which dominates the small inputs. The unit time budget is raised for
  these runs so that a super-linear shape shows its whole cost (each run is
  stopped after 600 s).
`;

/**
 * `--only-cold-start --write`: the cold-start section of bench/results.md
 * replaced by this run's (the other sections keep the run they came from),
 * with the commit and the machine's load it was measured at.
 */
function writeColdStartSection(section, facts, endLoad) {
  const file = join(root, 'bench/results.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('## One-file cold start');
  const next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
  if (start < 0 || next < 0) throw new Error('bench/results.md has no cold-start section to replace');
  const [heading, ...rest] = section;
  const body = [heading, '', `Measured ${facts.date} at ${facts.commit} (\`--only-cold-start\`) · load average ${facts.load} at start, ${endLoad} at end.`, ...rest].join('\n').trimEnd();
  writeFileSync(file, `${text.slice(0, start)}${body}\n${text.slice(next)}`);
  console.log('\nwrote the cold-start section of bench/results.md');
}

/** Runs the three sections; declared last so every helper above is initialised. */
async function main() {
  try {
    ensureBuilt();
    const facts = machineFacts();
    say(`# iac-lint benchmark`);
    say();
    say(`${facts.date} · ${facts.cpus} cores (${facts.cpuModel}) · ${facts.memGb} GB · Node ${process.version} · ${process.platform}`);
    say(`${facts.commit} · load average at start: ${facts.load}`);
    say();
    if (args.includes('--only-probe')) {
      const at = lines.length;
      probeSection();
      const end = loadavg().map((l) => l.toFixed(2)).join(' ');
      const section = lines.slice(at);
      say(`load average at end: ${end}`);
      if (args.includes('--write')) writeProbeSection(section, facts, end);
      return;
    }
    if (args.includes('--only-scaling')) {
      scaling();
      say(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      return;
    }
    const coldStartAt = lines.length;
    await coldStart();
    if (args.includes('--only-cold-start')) {
      const end = loadavg().map((l) => l.toFixed(2)).join(' ');
      const section = lines.slice(coldStartAt);
      say(`load average at end: ${end}`);
      if (args.includes('--write')) writeColdStartSection(section, facts, end);
      return;
    }
    if (args.includes('--skip-corpus')) say('HCL parse throughput and whole corpus: skipped (--skip-corpus).\n');
    else if (!existsSync(CORPUS)) say(`HCL parse throughput and whole corpus: skipped, no corpus at ${CORPUS} (set IAC_LINT_CORPUS).\n`);
    else {
      await hclParse();
      await wholeCorpus();
    }
    if (args.includes('--skip-cfn-lint')) say('cfn-lint: skipped (--skip-cfn-lint).\n');
    else cfnLintSideBySide();
    if (args.includes('--skip-scaling')) say('Scaling: skipped (--skip-scaling).\n');
    else scaling();
    if (args.includes('--probe') || args.includes('--probe-100k')) probeSection();
    say(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (args.includes('--write')) {
      writeFileSync(join(root, 'bench/results.md'), lines.join('\n') + '\n' + NOTES);
      console.log('\nwrote bench/results.md');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
