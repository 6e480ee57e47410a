// The hostile shapes of issue 17 item 12, generated at doubling sizes: time,
// peak RSS, growth per doubling and peak RSS per input byte for each
// (bench/run.mjs --probe, or --only-probe alone). Each generator writes one
// input under the bench's temporary directory, which is removed after the row.
//
// Growth is (time ratio) ÷ (input-bytes ratio) from one size to the next:
// 1.0 is linear, below 1 the fixed start-up cost still dominates, above 1.5
// is flagged. "RSS ÷ input" is the process's peak RSS over the input's bytes;
// "above start ÷ input" subtracts the peak RSS of a run over a tiny template
// (Node, the bundle, one parse), which dominates the small sizes. "Peak added
// ÷ input added" is the peak RSS a size adds to the size before over the bytes
// it adds: the memory that grows with the input, without the costs every
// unit of some size pays once (V8's young generation grown to its cap, the
// compiler's code and zones, more pages of Node's binary).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Seconds each run may take before it is stopped and reported as such. */
const RUN_LIMIT_S = 600;

// ---------------------------------------------------------------- generators

/** N databases as a CloudFormation object; half without IAM authentication. */
function databases(n) {
  const resources = {};
  for (let i = 0; i < n; i++) {
    resources[`Db${i}`] = { Type: 'AWS::RDS::DBInstance', Properties: { Engine: i % 3 === 0 ? 'postgres' : 'mysql', DBInstanceClass: 'db.t3.micro', AllocatedStorage: String(20 + (i % 50)), EnableIAMDatabaseAuthentication: i % 2 === 0 } };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

/** A read-replica chain of about `bytes`: each instance a replica of the one before, the engine only on the first. */
function replicaChain(bytes) {
  const parts = ['AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Db0:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      DBInstanceClass: db.t3.micro\n'];
  let size = parts[0].length;
  for (let i = 1; size < bytes; i++) {
    const r = `  Db${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      SourceDBInstanceIdentifier: !Ref Db${i - 1}\n      DBInstanceClass: db.t3.micro\n      EnableIAMDatabaseAuthentication: ${i % 2 === 0}\n`;
    parts.push(r);
    size += r.length;
  }
  return parts.join('');
}

/** N buckets and one database without IAM authentication, one .tf file. */
function bucketsAndOneDb(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`resource "aws_s3_bucket" "b${i}" {\n  bucket = "bucket-${i}"\n  tags = {\n    Name = "b${i}"\n  }\n}\n\n`);
  parts.push('resource "aws_db_instance" "db" {\n  engine         = "mysql"\n  instance_class = "db.t3.micro"\n}\n');
  return parts.join('');
}

/** N databases, each reading a local that lists every one of them (a fan-out of N × N references). */
function fanOutLocals(n) {
  const ids = Array.from({ length: n }, (_, i) => `aws_db_instance.db${i}.id`).join(', ');
  const parts = [`variable "mysql" {\n  default = true\n}\n\nlocals {\n  all_ids = [${ids}]\n  engine  = length(local.all_ids) > 0 && var.mysql ? "mysql" : "postgres"\n  iam     = { for i, id in local.all_ids : id => i % 2 == 0 }\n}\n\n`];
  for (let i = 0; i < n; i++) {
    parts.push(`resource "aws_db_instance" "db${i}" {\n  engine                              = local.engine\n  instance_class                      = "db.t3.micro"\n  iam_database_authentication_enabled = ${i % 2 === 0}\n  tags = {\n    Peers = join(",", local.all_ids)\n  }\n}\n\n`);
  }
  return parts.join('');
}

/** Fn::FindInMap [M, !Ref P, !Ref P] where P has K allowed values (the pairs agree: K possibilities, not K²). */
function findInMap(k) {
  const values = Array.from({ length: k }, (_, i) => `v${i}`);
  const mapping = values.map((v, i) => `    ${v}:\n      ${v}: ${i % 2 ? 'mysql' : 'postgres'}\n`).join('');
  return `AWSTemplateFormatVersion: 2010-09-09\nParameters:\n  P:\n    Type: String\n    Default: v0\n    AllowedValues: [${values.join(', ')}]\nMappings:\n  M:\n${mapping}Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !FindInMap [M, !Ref P, !Ref P]\n      DBInstanceClass: db.t3.micro\n`;
}

/** A YAML template of about `mb` MB: buckets, security groups and databases, block and flow style. */
function largeYaml(mb) {
  const parts = ['AWSTemplateFormatVersion: 2010-09-09\nDescription: generated\nParameters:\n  Env:\n    Type: String\n    Default: prod\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n'];
  let size = parts[0].length;
  for (let i = 0; size < mb * 2 ** 20; i++) {
    const r =
      i % 4 === 3
        ? `  Db${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !If [IsProd, mysql, postgres]\n      DBInstanceClass: db.t3.micro\n      EnableIAMDatabaseAuthentication: ${i % 8 === 3}\n      Tags:\n        - {Key: Name, Value: !Sub "db-\${Env}-${i}"}\n`
        : i % 4 === 1
          ? `  Sg${i}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: "group ${i}"\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 10.0.${i % 256}.0/24\n`
          : `  Bucket${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "bucket-\${Env}-${i}"\n      Tags:\n        - Key: Name\n          Value: bucket-${i}\n        - Key: Team\n          Value: team-${i % 17}\n`;
    parts.push(r);
    size += r.length;
  }
  return parts.join('');
}

/** A parameter default of `mb` MB behind !If, read by 20 databases. */
function hugeDefault(mb) {
  const parts = [`AWSTemplateFormatVersion: 2010-09-09\nParameters:\n  Env:\n    Type: String\n    Default: dev\n  Big:\n    Type: String\n    Default: ${'x'.repeat(mb * 2 ** 20)}\nConditions:\n  IsDev: !Equals [!Ref Env, dev]\nResources:\n`];
  for (let i = 0; i < 20; i++) parts.push(`  Db${i}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: !If [IsDev, !Ref Big, mysql]\n      DBInstanceClass: db.t3.micro\n`);
  return parts.join('');
}

/** A .tf file of about `mb` MB: numbered databases, half with a finding (the probe's memory rows and bench/run.mjs's scaling step). */
export function terraformOfSize(mb) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < mb * 2 ** 20; i++) {
    const block = `resource "aws_db_instance" "db_${i}" {\n  instance_class                      = "db.t3.micro"\n  allocated_storage                   = ${20 + (i % 50)}\n  engine                              = "postgres"\n  iam_database_authentication_enabled = ${i % 2 === 0}\n  tags = {\n    Name = "db-${i}"\n    Team = "team-${i % 17}"\n  }\n}\n\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

const file = (name, text) => (dir) => {
  const path = join(dir, name);
  writeFileSync(path, text());
  return path;
};
const module = (text) => (dir) => {
  const path = join(dir, 'module');
  mkdirSync(path);
  writeFileSync(join(path, 'main.tf'), text());
  return path;
};

/** The shapes: each a list of sizes (label, the input's writer, extra CLI arguments). */
function shapes(big) {
  const KB = 1024;
  return [
    { name: 'one-line (minified) JSON template, N databases', sizes: [8000, 16000].map((n) => ({ label: `${n / 1000}k`, write: file('t.json', () => JSON.stringify(databases(n))) })) },
    ...(big ? [{ name: 'one-line (minified) JSON template, 100k databases (`--max-file-size 64`)', sizes: [{ label: '100k', write: file('t.json', () => JSON.stringify(databases(100000))), args: ['--max-file-size', '64'] }] }] : []),
    { name: 'pretty-printed JSON template, N databases', sizes: [8000, 16000, 32000].map((n) => ({ label: `${n / 1000}k`, write: file('t.json', () => JSON.stringify(databases(n), null, 2)) })) },
    { name: 'CloudFormation read-replica chain (YAML)', sizes: [200, 400, 800].map((kb) => ({ label: `${kb} KB`, write: file('t.yaml', () => replicaChain(kb * KB)) })) },
    { name: 'N `aws_s3_bucket` + one database, one .tf', sizes: [10000, 20000].map((n) => ({ label: `${n / 1000}k`, write: module(() => bucketsAndOneDb(n)) })) },
    { name: 'Terraform locals fanned out over N databases', sizes: [1000, 2000, 4000, 8000].map((n) => ({ label: `${n / 1000}k`, write: module(() => fanOutLocals(n)) })) },
    { name: '`!FindInMap [M, !Ref P, !Ref P]`, K allowed values', sizes: [2000, 4000].map((k) => ({ label: `${k / 1000}k`, write: file('t.yaml', () => findInMap(k)) })) },
    { name: 'large YAML template (memory)', sizes: [1, 2, 4].map((mb) => ({ label: `${mb} MB`, write: file('t.yaml', () => largeYaml(mb)) })) },
    { name: 'large .tf file (memory)', sizes: [1, 2, 4].map((mb) => ({ label: `${mb} MB`, write: module(() => terraformOfSize(mb)) })) },
    { name: 'parameter default behind `!If`, read by 20 databases', sizes: [1, 2].map((mb) => ({ label: `${mb} MB`, write: file('t.yaml', () => hugeDefault(mb)) })) },
  ];
}

// ---------------------------------------------------------------- measuring

const bytesOf = (path) => (statSync(path).isDirectory() ? statSync(join(path, 'main.tf')).size : statSync(path).size);

/** One run of the CLI: wall ms, exit status, peak RSS in MB (GNU time, else a --require hook), and the count of time-budget diagnostics. */
function measure({ node, cli, work }, target, extraArgs) {
  const rssFile = join(work, 'probe-rss.txt');
  rmSync(rssFile, { force: true });
  let argv = [node, cli, target, '--format', 'json', ...extraArgs];
  if (process.platform === 'linux' && existsSync('/usr/bin/time')) argv = ['/usr/bin/time', '-f', 'IAC_LINT_BENCH_RSS_KB=%M', ...argv];
  else {
    const hook = join(work, 'probe-rss-hook.cjs');
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`);
    argv = [node, '--require', hook, ...argv.slice(1)];
  }
  const start = process.hrtime.bigint();
  // The unit time budget (120 s by default) would cut a super-linear run short: the probe wants its whole cost.
  const child = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, IAC_LINT_UNIT_TIME_BUDGET: String(RUN_LIMIT_S * 2) }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 2 ** 20, timeout: RUN_LIMIT_S * 1000, killSignal: 'SIGKILL' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = child.stderr?.toString() ?? '';
  const match = /IAC_LINT_BENCH_RSS_KB=(\d+)/.exec(stderr);
  const kb = match ? Number(match[1]) : existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  let note = '';
  if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGKILL') note = `stopped after ${RUN_LIMIT_S} s`;
  else if (child.status !== 0 && child.status !== 1) note = `exit ${child.status}: ${stderr.replace(/IAC_LINT_BENCH_RSS_KB=\d+/, '').trim().split('\n')[0].slice(0, 120)}`;
  else {
    try {
      const report = JSON.parse(child.stdout.toString());
      const budget = report.diagnostics?.filter((d) => d.code === 'time-budget').length ?? 0;
      note = `${report.findings?.length ?? 0} findings${budget ? `, ${budget} time-budget errors` : ''}`;
    } catch {
      note = 'report not JSON';
    }
  }
  return { ms, rssMb: kb / 1024, note };
}

const fmtMs = (v) => (v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const fmtBytes = (b) => (b >= 2 ** 20 ? `${(b / 2 ** 20).toFixed(2)} MB` : `${Math.round(b / 1024)} KB`);

/**
 * Runs every shape; returns the table's rows and the worst figures (time,
 * RSS and RSS ÷ input of the largest size of each shape).
 */
export function probe(context, { big = false } = {}) {
  const dir = join(context.work, 'probe');
  const baseDir = join(dir, 'base');
  mkdirSync(baseDir, { recursive: true });
  writeFileSync(join(baseDir, 't.yaml'), 'AWSTemplateFormatVersion: 2010-09-09\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n');
  const base = measure(context, join(baseDir, 't.yaml'), []);
  rmSync(baseDir, { recursive: true, force: true });
  const rows = [];
  const worst = { ms: 0, msRow: '', rssMb: 0, rssRow: '', perByte: 0, perByteRow: '', addedPerByte: 0, addedRow: '' };
  for (const shape of shapes(big)) {
    let previous;
    for (const size of shape.sizes) {
      const sizeDir = join(dir, 'input');
      mkdirSync(sizeDir, { recursive: true });
      const target = size.write(sizeDir);
      const bytes = bytesOf(target);
      const r = measure(context, target, size.args ?? []);
      rmSync(sizeDir, { recursive: true, force: true });
      const label = `${shape.name}, ${size.label}`;
      let growth = '';
      let added = '';
      if (previous) {
        const perByteAdded = ((r.rssMb - previous.rssMb) * 2 ** 20) / (bytes - previous.bytes);
        added = `${Math.max(0, perByteAdded).toFixed(0)}×`;
        if (bytes >= 2 ** 20 && perByteAdded > worst.addedPerByte) Object.assign(worst, { addedPerByte: perByteAdded, addedRow: label });
        const g = r.ms / previous.ms / (bytes / previous.bytes);
        growth = `${(r.ms / previous.ms).toFixed(2)}× time for ${(bytes / previous.bytes).toFixed(2)}× input: ${g > 1.5 ? `**super-linear (${g.toFixed(2)})**` : `linear (${g.toFixed(2)})`}`;
      }
      const perByte = (r.rssMb * 2 ** 20) / bytes;
      const above = ((r.rssMb - base.rssMb) * 2 ** 20) / bytes;
      rows.push([label, fmtBytes(bytes), fmtMs(r.ms), `${r.rssMb.toFixed(0)} MB`, growth, `${perByte.toFixed(0)}×`, `${Math.max(0, above).toFixed(0)}×`, added, r.note]);
      if (r.ms > worst.ms) Object.assign(worst, { ms: r.ms, msRow: label });
      if (r.rssMb > worst.rssMb) Object.assign(worst, { rssMb: r.rssMb, rssRow: label, rssBytes: bytes });
      if (bytes >= 2 ** 20 && perByte > worst.perByte) Object.assign(worst, { perByte, perByteRow: label });
      previous = { ms: r.ms, bytes, rssMb: r.rssMb };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { base, rows, worst, fmtMs };
}

export const PROBE_HEAD = ['input', 'input size', 'wall', 'peak RSS', 'growth from the size before', 'RSS ÷ input', 'above start ÷ input', 'peak added ÷ input added', 'report'];
