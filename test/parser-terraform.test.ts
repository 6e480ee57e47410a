import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { get, getEntry, toPlain, type MapNode, type Node } from '../src/model/node.js';
import type { Range } from '../src/model/range.js';
import type { TerraformModule } from '../src/model/resource.js';
import { localModuleSources, parseTerraformModule, type TerraformFileInput } from '../src/parsers/terraform/index.js';
import { parseHclFile, type Block } from '../src/parsers/terraform/hcl/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(root, 'fixtures/parser/terraform');

/** `line:col-line:col`, 1-based, end exclusive. */
function at(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

function readDir(dir: string): TerraformFileInput[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  return names
    .filter((n) => /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(n) && statSync(join(dir, n)).isFile())
    .map((n) => ({ path: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
}

async function parseFixture(name: string) {
  const dir = join(FIXTURES, name);
  return parseTerraformModule(dir, readDir(dir)!, { readModule: async (d) => readDir(d) });
}

function resourceOf(module: TerraformModule, name: string) {
  const r = module.resources.find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name} in ${module.resources.map((x) => x.name).join(', ')}`);
  return r;
}

function entryAt(map: MapNode, key: string): string {
  const e = getEntry(map, key);
  if (!e) throw new Error(`no ${key}`);
  return `${at(e.keyRange)} ${at(e.value.range)}`;
}

describe('HCL parser over the quirks fixture', () => {
  it('skips strings, interpolations, heredocs and comments of every style', () => {
    const text = readFileSync(join(FIXTURES, 'quirks/main.tf'), 'utf8');
    const file = parseHclFile('quirks/main.tf', text);
    expect(file.diagnostics).toEqual([]);
    const blocks = file.body.items.filter((i): i is Block => i.type === 'block');
    // The commented-out resource in /* */ is not a block.
    expect(blocks.map((b) => `${b.blockType} ${b.labels.map((l) => l.value).join(' ')}`)).toEqual([
      'resource aws_db_instance db',
      'resource aws_db_instance other',
      'module m',
      'resource aws_db_instance ü𝒳',
    ]);
    const db = blocks[0]!;
    expect(db.body.items.map((i) => (i.type === 'block' ? `${i.blockType}{}` : i.name))).toEqual([
      'engine',
      'identifier',
      'description',
      'iam_database_authentication_enabled',
      'tags',
      'script',
      'count',
      'lifecycle{}',
      'dynamic{}',
      'multi',
    ]);
    const identifier = db.body.items[1]!;
    expect(identifier.type === 'attribute' && text.slice(identifier.expression.range.start.offset, identifier.expression.range.end.offset)).toBe(
      '"db-${var.env}-${lookup({ a = "}" }, "a", "x")}"',
    );
    expect(file.comments.map((c) => c.range.start.line)).toEqual([1, 2, 3, 7, 16, 30, 31]);
  });
});

describe('parseTerraformModule: HCL quirks with exact ranges', async () => {
  const { modules, diagnostics } = await parseFixture('quirks');
  const module = modules[0]!;

  it('reads resources with header, extent and conditional', () => {
    expect(diagnostics).toEqual([]);
    expect(module.resources.map((r) => [r.name, at(r.range), at(r.extent), r.conditional ?? ''])).toEqual([
      ['aws_db_instance.db', '6:1-6:34', '6:1-33:2', 'count'],
      ['aws_db_instance.other', '35:1-35:37', '35:1-35:59', ''],
      ['aws_db_instance.ü𝒳', '41:1-41:35', '41:1-41:54', ''],
    ]);
  });

  it('locates attributes: key range and value range (to the end of the expression)', () => {
    const p = resourceOf(module, 'aws_db_instance.db').properties;
    expect(entryAt(p, 'engine')).toBe('7:3-7:9 7:12-7:19');
    expect(entryAt(p, 'identifier')).toBe('8:3-8:13 8:16-8:64');
    // heredoc: to the end of the closing marker; "/*" and "#" inside it are text
    expect(entryAt(p, 'description')).toBe('9:3-9:14 9:17-13:4');
    expect(get(p, 'description')).toMatchObject({ value: '  a heredoc with /* not a comment\n  # not a comment either } {\n  ${var.env}\n' });
    // a tab is one column
    expect(entryAt(p, 'iam_database_authentication_enabled')).toBe('14:2-14:37 14:40-14:62');
    expect(get(p, 'iam_database_authentication_enabled')).toMatchObject({ kind: 'scalar', value: '${var.iam ? true : false}' });
    expect(entryAt(p, 'tags')).toBe('15:3-15:7 15:10-17:4');
    // object constructor entries get their own key and value ranges
    expect(entryAt(get(p, 'tags') as MapNode, 'Name')).toBe('16:5-16:9 16:12-16:24');
    expect(entryAt(p, 'script')).toBe('18:3-18:9 18:12-20:11');
    expect(entryAt(p, 'count')).toBe('21:3-21:8 21:11-21:12');
    expect(entryAt(p, 'multi')).toBe('29:3-29:8 29:11-32:4');
    expect(toPlain(get(p, 'multi')!)).toEqual([1, 2]);
  });

  it('nested blocks are a SeqNode of MapNodes with the block range; dynamic blocks nest by label', () => {
    const p = resourceOf(module, 'aws_db_instance.db').properties;
    const lifecycle = get(p, 'lifecycle')!;
    expect(lifecycle.kind).toBe('seq');
    expect(lifecycle.kind === 'seq' && at(lifecycle.items[0]!.range)).toBe('22:3-22:40');
    expect(entryAt(lifecycle.kind === 'seq' ? (lifecycle.items[0] as MapNode) : p, 'ignore_changes')).toBe('22:15-22:29 22:32-22:38');
    const ingress = get(get(p, 'dynamic'), 'ingress') as Node;
    expect(ingress.kind).toBe('seq');
    const body = ingress.kind === 'seq' ? (ingress.items[0] as MapNode) : p;
    expect(at(body.range)).toBe('23:3-28:4');
    expect(entryAt(body, 'for_each')).toBe('24:5-24:13 24:16-24:25');
    const content = get(body, 'content');
    const port = content?.kind === 'seq' ? (content.items[0] as MapNode) : p;
    expect(entryAt(port, 'port')).toBe('26:7-26:11 26:14-26:27');
  });

  it('counts columns in UTF-16 units after multi-byte and astral characters', () => {
    const p = resourceOf(module, 'aws_db_instance.ü𝒳').properties;
    expect(entryAt(p, 'engine')).toBe('41:36-41:42 41:45-41:52');
  });

  it('keeps module calls out of resources and exposes their local sources', () => {
    expect(localModuleSources(module)).toEqual([join(FIXTURES, 'quirks/m')]);
  });
});

describe('parseTerraformModule: object constructors', async () => {
  const { modules } = await parseFixture('objects');
  const p = modules[0]!.resources[0]!.properties;

  it('locates keys (plain, quoted, `:`), values and nested objects in source order; `for` objects keep the attribute range', () => {
    const tags = get(p, 'tags') as MapNode;
    expect(tags.entries.map((e) => `${e.key} ${at(e.keyRange)} ${at(e.value.range)}`)).toEqual([
      'Name 3:5-3:9 3:12-3:15',
      'quoted key 4:5-4:17 4:20-4:25',
      'nested 5:5-5:11 5:14-8:6',
      'last 9:5-9:9 9:12-9:38',
    ]);
    const nested = get(tags, 'nested') as MapNode;
    expect(entryAt(nested, 'inner')).toBe('6:7-6:12 6:15-6:29');
    expect(entryAt(get(nested, 'deeper') as MapNode, 'w')).toBe('7:18-7:19 7:22-7:25');
    expect(get(p, 'f')).toMatchObject({ kind: 'scalar', value: '${{ for k, v in m : k => v }}' });
    expect((get(p, 'one') as MapNode).entries.map((e) => `${e.key} ${at(e.keyRange)} ${at(e.value.range)}`)).toEqual([
      'a 12:11-12:12 12:15-12:16',
      'b 12:18-12:19 12:22-12:23',
    ]);
  });
});

describe('parseTerraformModule: CRLF and BOM', async () => {
  const { modules, diagnostics } = await parseFixture('crlf-bom');
  const module = modules[0]!;

  it('reads positions with CRLF line ends and without the BOM', () => {
    expect(diagnostics).toEqual([]);
    const c = resourceOf(module, 'aws_rds_cluster.c');
    expect([at(c.range), at(c.extent)]).toEqual(['6:1-6:33', '6:1-13:2']);
    expect(c.range.start.offset).toBe(text('crlf-bom/main.tf').indexOf('resource') - 1);
    expect(entryAt(c.properties, 'iam_database_authentication_enabled')).toBe('8:3-8:38 8:41-8:48');
    expect(entryAt(c.properties, 'master_password')).toBe('9:3-9:18 9:21-11:4');
    expect(entryAt(c.properties, 'port')).toBe('12:3-12:7 12:10-12:14');
    expect(module.variables.get('iam')?.default).toMatchObject({ value: true });
    expect([...module.files.values()][0]!.charCodeAt(0)).not.toBe(0xfeff);
  });
});

function text(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

describe('parseTerraformModule: .tf.json', async () => {
  const { modules, diagnostics } = await parseFixture('json');
  const module = modules[0]!;

  it('reads resources (object and array bodies), variables, locals; skips data sources and "//" comments', () => {
    expect(diagnostics).toEqual([]);
    expect(module.resources.map((r) => [r.name, at(r.range), at(r.extent), r.conditional ?? ''])).toEqual([
      ['aws_db_instance.db', '10:7-10:11', '10:13-15:8', 'count'],
      ['aws_db_instance.twins', '16:7-16:14', '17:9-17:33', ''],
      ['aws_db_instance.twins', '16:7-16:14', '18:9-18:32', ''],
    ]);
    const db = resourceOf(module, 'aws_db_instance.db').properties;
    expect(db.entries.map((e) => e.key)).toEqual(['engine', 'iam_database_authentication_enabled', 'count']);
    expect(entryAt(db, 'iam_database_authentication_enabled')).toBe('13:9-13:46 13:48-13:65');
    expect([...module.variables.keys()]).toEqual(['iam', 'engine']);
    expect(module.variables.get('engine')?.default).toBeUndefined();
    expect(toPlain(module.locals.get('db')!.value)).toEqual({ iam: '${var.iam}' });
  });
});

describe('parseTerraformModule: tfvars precedence', async () => {
  const { modules, diagnostics } = await parseFixture('tfvars');
  const module = modules[0]!;

  it('terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars in lexical order; later wins; other .tfvars are not read', () => {
    expect(diagnostics).toEqual([]);
    const value = (k: string) => {
      const v = module.tfvars.get(k);
      return v && [toPlain(v.value), v.file.slice(FIXTURES.length + 1)];
    };
    expect(value('a')).toEqual(['terraform.tfvars', 'tfvars/terraform.tfvars']);
    expect(value('b')).toEqual(['a.auto.tfvars', 'tfvars/a.auto.tfvars']);
    expect(value('c')).toEqual(['b.auto.tfvars', 'tfvars/b.auto.tfvars']);
    expect(value('d')).toBeUndefined();
    expect(at(module.tfvars.get('a')!.value.range)).toBe('1:5-1:23');
    // tfvars files are context, not module files
    expect([...module.files.keys()].map((f) => f.slice(FIXTURES.length + 1))).toEqual(['tfvars/main.tf']);
  });
});

describe('parseTerraformModule: syntax errors', async () => {
  const { modules, diagnostics } = await parseFixture('syntax-error');

  it('turns syntax errors into hcl-syntax diagnostics with line and column; other files still count', () => {
    expect(diagnostics.map((d) => [d.file.slice(FIXTURES.length + 1), d.code, d.severity, at(d.range!), d.message])).toEqual([
      ['syntax-error/bad.tf', 'hcl-syntax', 'error', '2:12-3:1', 'expected an expression, found a new line'],
    ]);
    expect(modules[0]!.resources.map((r) => r.name)).toEqual(['aws_db_instance.fine']);
  });

  it('reports every error of a file, with columns counted in UTF-16 units', async () => {
    const file = join(FIXTURES, 'syntax-error/multi.tf');
    const { diagnostics: d } = await parseTerraformModule(FIXTURES, [{ path: file, text: 'a = "ü𝒳" y\nb = 1\nb = 2\n' }]);
    expect(d.map((x) => [at(x.range!), x.message])).toEqual([
      ['1:11-1:12', 'an argument must end with a new line, found "y"'],
      ['3:1-3:2', 'argument "b" is already set at line 2, column 1; an argument may be set only once'],
    ]);
    const { diagnostics: d2 } = await parseTerraformModule(FIXTURES, [{ path: file, text: 'x = 1\nx = 2\nx = 3\n' }]);
    expect(d2.map((x) => [at(x.range!), x.message])).toEqual([
      ['2:1-2:2', 'argument "x" is already set at line 1, column 1; an argument may be set only once'],
      ['3:1-3:2', 'argument "x" is already set at line 1, column 1; an argument may be set only once'],
    ]);
  });
});

describe('parseTerraformModule: local module calls', async () => {
  const { modules, diagnostics } = await parseFixture('modules/root');

  it('instantiates local child modules recursively with module-qualified addresses and inputs', () => {
    expect(diagnostics).toEqual([]);
    expect(modules.map((m) => [m.modulePath ?? '', m.resources.map((r) => r.name)])).toEqual([
      ['', ['aws_db_instance.top']],
      ['module.db', ['module.db.aws_db_instance.this']],
      // A registry module of the catalog: its description, with the module's own addresses.
      ['module.registry', []],
      ['module.db.module.inner', ['module.db.module.inner.aws_rds_cluster.c']],
      ['module.registry.module.db_instance', ['module.registry.module.db_instance.aws_db_instance.this']],
    ]);
    const child = modules[1]!;
    expect([...child.moduleInputs!.keys()]).toEqual(['iam', 'engine']);
    expect(child.tfvars.size).toBe(0);
    expect(localModuleSources(modules[0]!)).toEqual([join(FIXTURES, 'modules/root/db')]);
    expect(localModuleSources(child)).toEqual([join(FIXTURES, 'modules/root/db/nested')]);
  });

  it('stops at cycles with a note', async () => {
    const cycle = await parseFixture('modules/cycle/a');
    expect(cycle.modules.map((m) => m.modulePath ?? '')).toEqual(['', 'module.b']);
    expect(cycle.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['note', 'module-not-followed', 'module "a" calls ../a, which is already being read (a cycle); not followed'],
    ]);
  });
});
