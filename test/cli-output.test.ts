import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `--output` as a user runs it (SPEC §3, issue 14): the bundled CLI as a
// child process, as root and as an unprivileged user, on a FIFO, a device
// node, symbolic links and regular files.
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = resolve(root, 'bin/iac-lint.js');
const isRoot = process.getuid?.() === 0;
const canSwitchUser = isRoot && spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']).status === 0;
if (!canSwitchUser) console.warn('cli-output: not root or no setpriv; the runs as an unprivileged user are skipped');

type User = 'root' | 'nobody';
const users: User[] = canSwitchUser ? ['root', 'nobody'] : ['root'];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iac-lint-output-'));
  chmodSync(work, 0o777);
  cpSync(resolve(root, 'fixtures/cli/cfn'), join(work, 'cfn'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh directory that both users may write. */
function scratch(name: string): string {
  const dir = mkdtempSync(join(work, `${name}-`));
  chmodSync(dir, 0o777);
  return dir;
}

function command(user: User, args: string[]): [string, string[]] {
  const node = [process.execPath, bin, ...args];
  return user === 'root' || !isRoot ? [node[0]!, node.slice(1)] : ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', ...node]];
}

function iacLint(user: User, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const [cmd, argv] = command(user, args);
  const r = spawnSync(cmd, argv, { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI while `cat` reads the FIFO; resolves with what the reader got. */
function throughFifo(user: User, fifo: string, args: string[]): Promise<{ code: number | null; read: string }> {
  const reader = spawn('cat', [fifo]);
  let read = '';
  reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')));
  const readerDone = new Promise<void>((done) => reader.on('close', () => done()));
  const [cmd, argv] = command(user, [...args, '--output', fifo]);
  const writer = spawn(cmd, argv, { cwd: work, env: { PATH: process.env.PATH, NO_COLOR: '1' }, stdio: 'ignore' });
  return new Promise((done) => writer.on('close', (code) => void readerDone.then(() => done({ code, read }))));
}

describe.each(users)('--output as %s', (user) => {
  it('writes into a FIFO in place: the FIFO stays a FIFO and its reader gets the report', async () => {
    const dir = scratch('fifo');
    const fifo = join(dir, 'report.pipe');
    expect(spawnSync('mkfifo', ['-m', '666', fifo]).status).toBe(0);
    const { code, read } = await throughFifo(user, fifo, ['cfn', '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(read)).toMatchObject({ version: 1, summary: { findings: 1 } });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.pipe']);
  });

  it('writes through a symbolic link: the link stays, its target gets the report', () => {
    const dir = scratch('link');
    writeFileSync(join(dir, 'real.json'), 'old');
    chmodSync(join(dir, 'real.json'), 0o666);
    symlinkSync('real.json', join(dir, 'link.json'));
    const r = iacLint(user, ['cfn', '-f', 'json', '-o', join(dir, 'link.json')]);
    expect(r.code).toBe(1);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8'))).toMatchObject({ version: 1 });
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });

  it('a dangling symbolic link: creates its target, keeps the link', () => {
    const dir = scratch('dangling');
    symlinkSync('made.sarif', join(dir, 'link.sarif'));
    const r = iacLint(user, ['cfn', '-f', 'sarif', '-o', join(dir, 'link.sarif')]);
    expect(r.code).toBe(1);
    expect(lstatSync(join(dir, 'link.sarif')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'made.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('replaces a regular file atomically (a new inode), keeping its mode, leaving no temporary file', () => {
    const dir = scratch('regular');
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'old report');
    chmodSync(file, 0o646);
    const before = statSync(file);
    const r = iacLint(user, ['cfn', '-o', file]);
    expect(r.code).toBe(1);
    const after = statSync(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o646);
    expect(readFileSync(file, 'utf8')).toMatch(/^cfn\/db\.yaml:4:3 {2}warning {2}RDS-030/);
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('a directory is a usage error, found before linting', () => {
    const dir = scratch('directory');
    const r = iacLint(user, ['cfn', '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^iac-lint: the report file .* is a directory; name a file\nRun 'iac-lint --help' for usage\.\n$/);
  });
});

describe('--output on a device node (the /dev/null of issue 14)', () => {
  it.skipIf(!isRoot)('writes into a character device in place, never replacing it (as root, and as a user with write access)', () => {
    const dir = scratch('device');
    const device = join(dir, 'null');
    // The same device as /dev/null (1, 3): never the machine's own /dev/null, so a regression cannot break the machine.
    const made = spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    if (made.status !== 0) return console.warn(`cli-output: mknod is not allowed here (${made.stderr.toString().trim()}); skipped`);
    for (const user of users) {
      const r = iacLint(user, ['cfn', '-f', 'sarif', '-o', device]);
      expect(r.code, user).toBe(1);
      expect(statSync(device).isCharacterDevice(), user).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('/dev/stdout and - are stdout itself; /dev/stderr and /dev/fd/N are streams written in place, never replaced', () => {
    const dir = scratch('stdout');
    const out = join(dir, 'out.json');
    const err = join(dir, 'err.json');
    const sh = (args: string) => spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" ${args}`], { cwd: work, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(sh(`cfn -f json -o /dev/stdout > "${out}"`).status).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ version: 1 });
    expect(sh(`cfn -f json:- > "${out}"`).status).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ version: 1 });
    const r = sh(`cfn -f json -o /dev/stderr 2> "${err}"`);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^cfn\/db\.yaml:4:3/);
    expect(JSON.parse(readFileSync(err, 'utf8'))).toMatchObject({ version: 1 });
    expect(sh(`cfn -f json -o /dev/fd/3 3> "${err}"`).status).toBe(1);
    expect(JSON.parse(readFileSync(err, 'utf8'))).toMatchObject({ version: 1 });
    expect(readdirSync(dir).sort()).toEqual(['err.json', 'out.json']);
  });
});

describe('--output never replaces an input (issue 17 item 4)', () => {
  it('naming a linted file is a usage error; the template is untouched', () => {
    const dir = scratch('input');
    cpSync(join(work, 'cfn/db.yaml'), join(dir, 't.yaml'));
    const before = readFileSync(join(dir, 't.yaml'), 'utf8');
    const r = iacLint('root', [join(dir, 't.yaml'), '-o', join(dir, 't.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^iac-lint: the report file .*t\.yaml is one of the files to lint/);
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(before);
  });

  it('a template under a linted directory too, also through a symbolic link; a previous JSON report there is not an input', () => {
    const dir = scratch('walked');
    cpSync(join(work, 'cfn/db.yaml'), join(dir, 'db.yaml'));
    symlinkSync(join(dir, 'db.yaml'), join(work, 'db-link.yaml'));
    try {
      expect(iacLint('root', [dir, '-o', join(dir, 'db.yaml')]).code).toBe(2);
      expect(iacLint('root', [dir, '-o', join(work, 'db-link.yaml')]).code).toBe(2);
      expect(iacLint('root', [dir, '-f', 'json', '-o', join(dir, 'report.json')]).code).toBe(1);
      expect(iacLint('root', [dir, '-f', 'json', '-o', join(dir, 'report.json')]).code).toBe(1);
    } finally {
      rmSync(join(work, 'db-link.yaml'));
    }
  });
});

describe('SIGINT and SIGTERM during an atomic write (issue 17 item 13)', () => {
  let script: string;
  beforeAll(async () => {
    // The real writeOutputFile, bundled as the CLI bundles it, in a process that receives the signal while its temporary file exists.
    const dir = mkdtempSync(join(work, 'signal-build-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { writeOutputFile } from ${JSON.stringify(resolve(root, 'src/cli/write-output.ts'))};
const [target, signal] = process.argv.slice(2);
await writeOutputFile(target, 'new report\\n', {
  onTemporaryFile: async (tmp) => {
    process.stdout.write(tmp + '\\n');
    process.kill(process.pid, signal);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  },
});
process.stdout.write('not interrupted\\n');
`,
    );
    script = join(dir, 'signal.mjs');
    await build({
      entryPoints: [entry],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
  });

  it.each(['SIGINT', 'SIGTERM'])('%s: the temporary file is removed, the old report stays whole, the process ends by the signal', (signal) => {
    const dir = scratch(signal);
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old report\n');
    const r = spawnSync(process.execPath, [script, target, signal], { encoding: 'utf8', timeout: 30_000 });
    const tmp = r.stdout.split('\n')[0]!;
    expect(tmp.startsWith(`${target}.`)).toBe(true);
    expect(r.signal).toBe(signal);
    expect(r.stdout).not.toContain('not interrupted');
    expect(existsSync(tmp)).toBe(false);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(readFileSync(target, 'utf8')).toBe('old report\n');
  });
});

describe('several reports in one run', () => {
  it('-f text -f sarif:FILE -f junit:FILE -o: text on the console, each file its format', () => {
    const dir = scratch('several');
    mkdirSync(join(dir, 'sub'));
    const r = iacLint('root', ['cfn', '-f', 'sarif:' + join(dir, 'a.sarif'), '--format', `junit:${join(dir, 'sub/a.xml')}`, '-f', 'gitlab', '-o', join(dir, 'gl.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^cfn\/db\.yaml:4:3 {2}warning {2}RDS-030/);
    expect(JSON.parse(readFileSync(join(dir, 'a.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(join(dir, 'sub/a.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="iac-lint"/);
    expect(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8'))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['a.sarif', 'gl.json', 'sub']);
  });
});
