/**
 * The HCL front end (src/parsers/terraform/hcl/): every form of native
 * syntax with exact ranges, comments, syntax errors with recovery, the
 * nesting bound, and HCL's JSON syntax into the same AST.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/range.js';
import type { Attribute, Block, Body, Expression, HclFile } from '../src/parsers/terraform/hcl/index.js';
import { parseHclFile, parseHclJson } from '../src/parsers/terraform/hcl/index.js';
import { root } from './corpus-files.js';
import { at, render } from './hcl-render.js';

const FIXTURES = join(root, 'fixtures/parser/terraform');

function parseFixture(name: string): HclFile {
  const file = join(FIXTURES, name);
  const text = readFileSync(file, 'utf8');
  return name.endsWith('.json') ? parseHclJson(file, text, new LineIndex(text), 'blocks') : parseHclFile(file, text);
}

/** One line per attribute and block: name, ranges, rendered expression. */
function outline(body: Body, indent = ''): string[] {
  const out: string[] = [];
  for (const item of body.items) {
    if (item.type === 'attribute') out.push(`${indent}${item.name} ${at(item.nameRange)} ${at(item.expression.range)} ${render(item.expression)}`);
    else {
      out.push(`${indent}${item.blockType}${item.labels.map((l) => ` ${l.value}@${at(l.range)}`).join('')} header ${at(item.header)} range ${at(item.range)}`);
      out.push(...outline(item.body, `${indent}  `));
    }
  }
  return out;
}

function attribute(body: Body, name: string): Attribute {
  const a = body.items.find((i): i is Attribute => i.type === 'attribute' && i.name === name);
  if (!a) throw new Error(`no attribute ${name}`);
  return a;
}

function firstBlock(file: HclFile): Block {
  return file.body.items.find((i): i is Block => i.type === 'block')!;
}

describe('HCL native syntax: every form, with exact ranges', () => {
  const file = parseFixture('hcl-forms/main.tf');

  it('reads the whole fixture without a diagnostic', () => {
    expect(file.diagnostics).toEqual([]);
  });

  it('gives each attribute its name range, expression range and structure', () => {
    expect(outline(file.body)).toEqual([
      'resource aws_db_instance@5:10-5:27 forms@5:28-5:35 header 5:1-5:37 range 5:1-57:2',
      '  number 6:3-6:9 6:14-6:19 1500',
      '  negative 7:3-7:11 7:14-7:17 (- 42)',
      '  bools 8:3-8:8 8:14-8:33 [true false null]',
      '  string 9:3-9:9 9:14-9:31 (str "a\\"b\\\\c\\nü")',
      '  template 10:3-10:11 10:14-10:44 (str "db-" ${var.env} "-" ${(+ local.n 1)})',
      '  strip 11:3-11:8 11:14-11:34 (str "x" ${var.a} "y")',
      '  wrap 12:3-12:7 12:14-12:28 (str ${var.whole})',
      '  escape 13:3-13:9 13:14-13:39 (str "${literal} %{literal}")',
      '  if_dir 14:3-14:9 14:14-14:54 (str (%if var.on ["on"] ["off"]))',
      '  for_dir 15:3-15:10 15:14-19:4 (heredoc (%for k,v var.m [${k} "=" ${v} "\\n"]))',
      '  heredoc 20:3-20:10 20:14-23:4 (heredoc "  kept /* not a comment\\n  # nor this\\n")',
      '  flush 24:3-24:8 24:14-27:8 (heredoc- "one\\n  two " ${var.x} "\\n")',
      '  tuple 28:3-28:8 28:14-30:4 [1 (str "two") [3] 4]',
      '  object 31:3-31:9 31:14-35:4 {"name"=(str "n") (str "quoted key")=2 "other"=3 (var.k)=4}',
      '  index 36:3-36:8 36:14-36:37 local.list[0][(str "k")].attr',
      '  legacy 37:3-37:9 37:14-37:35 aws_instance.web[0]!legacy.id',
      '  splat 38:3-38:8 38:14-38:46 (splat[*] aws_instance.web @.tags[(str "Name")])',
      '  attrsplat 39:3-39:12 39:15-39:36 (splat.* aws_instance.web @.id)',
      '  call 40:3-40:7 40:14-40:43 lookup(var.m, (str "k"), (str "default"))',
      '  expand 41:3-41:9 41:14-41:34 concat(var.lists...)',
      '  provider 42:3-42:11 42:14-42:47 provider::aws::arn_parse(var.arn)',
      '  precedence 43:3-43:13 43:16-43:46 (|| (! a) (&& b (== c (+ d (% (* e (- f)) g)))))',
      '  compare 44:3-44:10 44:14-44:39 (|| (&& (< 1 2) (>= 3 4)) (!= 5 6))',
      '  cond 45:3-45:7 45:14-45:39 (? var.a (? var.b 1 2) 3)',
      '  parens 46:3-46:9 46:14-46:25 (* ((+ 1 2)) 3)',
      '  for_list 47:3-47:11 47:14-47:58 (for i,s var.list upper(s) if (!= s (str )))',
      '  for_map 48:3-48:10 48:14-48:63 (for s var.list s => length(s)... if true)',
      '  nested_call 49:3-49:14 49:17-49:72 format((str "%s-%s"), var.a, join((str ","), (for x var.b x)))',
      '  lifecycle header 50:3-50:14 range 50:3-52:4',
      '    ignore_changes 51:5-51:19 51:22-51:28 [tags]',
      '  dynamic ingress@53:11-53:20 header 53:3-53:22 range 53:3-56:4',
      '    for_each 54:5-54:13 54:16-54:25 var.ports',
      '    content header 55:5-55:14 range 55:5-55:37',
      '      port 55:15-55:19 55:22-55:35 ingress.value',
      'locals header 59:1-59:9 range 59:1-59:27',
      '  single 59:10-59:16 59:19-59:25 (str "line")',
      'empty header 60:1-60:8 range 60:1-60:9',
      'unquoted label@61:10-61:15 header 61:1-61:17 range 61:1-63:2',
      '  ü𝒳 62:3-62:6 62:9-62:17 (str "astral")',
    ]);
  });

  it('ranges nested expressions exactly: interpolations, operands, call arguments, splat steps', () => {
    const body = firstBlock(file).body;
    const template = attribute(body, 'template').expression;
    expect(template.type === 'template' && template.parts.map((p) => `${p.type} ${at(p.range)}`)).toEqual([
      'text 10:15-10:18',
      'interpolation 10:18-10:28',
      'text 10:28-10:29',
      'interpolation 10:29-10:43',
    ]);
    const call = attribute(body, 'call').expression;
    expect(call.type === 'call' && [at(call.nameRange), ...call.args.map((a) => at(a.range))]).toEqual(['40:14-40:20', '40:21-40:26', '40:28-40:31', '40:33-40:42']);
    const cond = attribute(body, 'cond').expression as Extract<Expression, { type: 'conditional' }>;
    expect([at(cond.condition.range), at(cond.then.range), at(cond.else.range)]).toEqual(['45:14-45:19', '45:22-45:35', '45:38-45:39']);
    const splat = attribute(body, 'splat').expression as Extract<Expression, { type: 'splat' }>;
    expect([at(splat.object.range), at(splat.each.range)]).toEqual(['38:14-38:30', '38:30-38:46']);
    const obj = attribute(body, 'object').expression as Extract<Expression, { type: 'object' }>;
    expect(obj.items.map((i) => `${at(i.key.range)} ${at(i.value.range)}`)).toEqual(['32:5-32:9', '33:5-33:17', '33:23-33:28', '34:5-34:12'].map((k, n) => `${k} ${['32:15-32:18', '33:20-33:21', '33:31-33:32', '34:15-34:16'][n]}`));
  });

  it('collects the three comment styles with their text (markers removed) and ranges', () => {
    expect(file.comments.map((c) => [c.text, at(c.range)])).toEqual([
      [' Every form of HCL native syntax the parser reads (test/hcl-parser.test.ts).', '1:1-1:78'],
      [' line comment', '2:1-2:16'],
      [' block\n   comment ', '3:1-4:14'],
    ]);
  });

  it('counts columns in UTF-16 units and keeps CRLF offsets; a comment ends before CR LF', () => {
    const crlf = parseHclFile('x.tf', 'a = "ü𝒳" # c\r\nb = [\r\n  1,\r\n]\r\n');
    expect(crlf.diagnostics).toEqual([]);
    expect(outline(crlf.body)).toEqual(['a 1:1-1:2 1:5-1:10 (str "ü𝒳")', 'b 2:1-2:2 2:5-4:2 [1]']);
    expect(crlf.comments.map((c) => [c.text, at(c.range)])).toEqual([[' c', '1:11-1:14']]);
  });
});

describe('HCL native syntax: errors', () => {
  const file = parseFixture('hcl-errors/main.tf');

  it('reports each error with its place, in words a Terraform user knows', () => {
    expect(file.diagnostics.map((d) => [d.code, at(d.range!), d.message])).toEqual([
      ['hcl-syntax', '7:11-8:1', 'expected an expression, found a new line'],
      ['hcl-syntax', '15:12-15:18', 'a quoted string cannot span lines: close it on the same line, or use a heredoc (<<EOT)'],
      ['hcl-syntax', '20:3-20:9', 'argument "engine" is already set at line 19, column 3; an argument may be set only once'],
      ['hcl-syntax', '24:15-24:17', 'invalid escape \\q in a string: use \\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN'],
      ['hcl-syntax', '31:16-31:20', 'an argument must end with a new line, found "port"'],
      ['hcl-syntax', '38:36-38:46', 'a block label must be a literal string, without "${" or "%{"'],
      ['hcl-syntax', '41:39-41:40', 'block "resource" is not closed: "}" is missing'],
    ]);
  });

  it('drops the blocks with errors and keeps the others (a heredoc is not taken for a block)', () => {
    expect(file.body.items.map((i) => (i.type === 'block' ? i.labels.map((l) => l.value).join('.') : i.name))).toEqual([
      'aws_db_instance.before',
      'aws_db_instance.between',
      'aws_db_instance.after',
    ]);
  });

  it('keeps the first ten errors of a file that is not HCL, then counts the rest', () => {
    const garbage = parseHclFile('g.tf', Array.from({ length: 30 }, (_, i) => `x${i} ]]\n`).join(''));
    expect(garbage.diagnostics).toHaveLength(11);
    expect(garbage.diagnostics[10]!.message).toBe('20 more HCL syntax errors in this file');
  });

  it.each([
    ['a = 1 +', 'expected an expression, found the end of the file'],
    ['a = f(1, 2', 'expected "," or ")" in the arguments of f(), found the end of the file'],
    ['a = [1 2]', 'expected "," or "]" in a list, found the number 2'],
    ['a = { b = 1 c = 2 }', 'expected "," or a new line between object items, found "c"'],
    ['a = x ? 1', 'expected the ":" of a conditional (cond ? a : b), found the end of the file'],
    ['a = <<EOT\nnever closed\n', 'the heredoc <<EOT is not closed: no line holds only EOT'],
    ['a = "${x"', 'expected "}" to close the template sequence, found a quoted string'],
    ['a = "%{ if x }y"', '%{ if } has no %{ endif }'],
    ['a = "%{ endif }"', '%{ endif } without a matching %{ if }'],
    ['a = "\\u12"', 'invalid escape \\u12": expected 4 hexadecimal digits of a Unicode character'],
    ['b { c {} }', 'a block on a single line cannot hold another block; put it on lines of its own'],
    ['b { c = 1 d = 2 }', 'an argument must end with a new line, found "d"'],
    ['b {\n} x = 1', 'a block must end with a new line after "}", found "x"'],
    ['"a" = 1', 'expected an argument name or a block type, found a quoted string'],
    ['a = provider::x', 'expected "(" after the function name provider::x, found the end of the file'],
    ['a = 10.11.10.12/32', 'an argument must end with a new line, found "."'],
    ['a = x.', 'expected an attribute name after ".", found the end of the file'],
    ['a = [for x y]', 'expected "in" in a for expression, found "y"'],
    ['a = {for k, v in m : k}', 'expected "=>" between the key and the value of a for expression that builds an object, found "}"'],
    ['a = /* open', 'expected an expression, found the character "/*"'],
    ['a = @', 'expected an expression, found the character "@"'],
  ])('%j', (text, message) => {
    const parsed = parseHclFile('e.tf', text);
    expect(parsed.diagnostics.map((d) => [d.code, d.message])).toEqual([['hcl-syntax', message]]);
  });
});

describe('HCL native syntax: nesting is bounded', () => {
  it('refuses 100,000 nested brackets with hcl-too-deep at the bracket beyond 1000 levels', () => {
    const depth = 100_000;
    const parsed = parseHclFile('d.tf', `locals {\n  deep = ${'['.repeat(depth)}1${']'.repeat(depth)}\n}\n`);
    expect(parsed.diagnostics.map((d) => [d.code, at(d.range!), d.message])).toEqual([['hcl-too-deep', '2:1009-2:1010', 'HCL nesting is too deep to read (more than 1000 levels)']]);
  });

  it.each([
    ['chained conditionals', `a = ${'x ? 1 : '.repeat(50_000)}2\n`],
    ['nested blocks', `${'b {\n'.repeat(50_000)}${'}\n'.repeat(50_000)}`],
    ['nested templates', `a = ${'"${'.repeat(50_000)}1${'}"'.repeat(50_000)}\n`],
    ['nested directives', `a = "${'%{ if x }'.repeat(50_000)}${'%{ endif }'.repeat(50_000)}"\n`],
    ['nested parentheses and calls', `a = ${'f(('.repeat(50_000)}1${'))'.repeat(50_000)}\n`],
    ['nested objects', `a = ${'{ b = '.repeat(50_000)}1${' }'.repeat(50_000)}\n`],
    ['nested indexes', `a = x${'[x'.repeat(50_000)}${']'.repeat(50_000)}\n`],
  ])('%s: hcl-too-deep, no stack overflow', (_name, text) => {
    const parsed = parseHclFile('d.tf', text);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['hcl-too-deep']);
  });

  it('reads 900 levels', () => {
    const parsed = parseHclFile('d.tf', `a = ${'['.repeat(900)}1${']'.repeat(900)}\n`);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('HCL native syntax: any text', () => {
  /** Text made of the characters that matter to HCL's structure. */
  const hclish = fc
    .array(
      fc.constantFrom('resource', ' "a"', '{', '}', '[', ']', '(', ')', '=', '"', '${', '%{', '$${', '~', '<<EOT\n', '<<-X\n', 'EOT', '  X', '\n', '\r\n', '#', '//', '/*', '*/', ' ', '\t', 'x', 'var.a', '?', ':', ',', '.', '*', '...', 'for', 'in', 'if', 'endif', '=>', 'ü', '𝒳', '\\', '1.5e3'),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''));

  it('never throws; every range lies inside the text, start before end', () => {
    fc.assert(
      fc.property(hclish, (text) => {
        const parsed = parseHclFile('p.tf', text);
        const inside = (r: { start: { offset: number }; end: { offset: number } }): void => {
          expect(r.start.offset).toBeGreaterThanOrEqual(0);
          expect(r.end.offset).toBeLessThanOrEqual(text.length);
          expect(r.start.offset).toBeLessThanOrEqual(r.end.offset);
        };
        for (const d of parsed.diagnostics) if (d.range) inside(d.range);
        for (const c of parsed.comments) inside(c.range);
        const work: Body[] = [parsed.body];
        while (work.length > 0) {
          for (const item of work.pop()!.items) {
            if (item.type === 'block') {
              inside(item.range);
              work.push(item.body);
            } else {
              inside(item.nameRange);
              inside(item.expression.range);
            }
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('HCL JSON syntax into the same AST', () => {
  const file = parseFixture('hcl-json/main.tf.json');

  it('maps blocks by label, arguments to expressions, strings to templates; "//" is left out', () => {
    expect(file.diagnostics).toEqual([]);
    expect(outline(file.body)).toEqual([
      'resource aws_db_instance@4:5-4:22 db@5:7-5:11 header 5:7-5:11 range 5:13-16:8',
      '  engine 6:9-6:17 6:19-6:26 (str "mysql")',
      '  identifier 7:9-7:21 7:23-7:38 (str "db-" ${var.env})',
      '  escaped 8:9-8:18 8:20-8:55 (str "\\"q\\" ü " ${var.after_escapes})',
      '  port 9:9-9:15 9:17-9:21 3306',
      '  flag 10:9-10:15 10:17-10:21 true',
      '  nothing 11:9-11:18 11:20-11:24 null',
      '  tags 12:9-12:15 12:17-12:53 {"Name"=(str "n") "Env"=(str ${var.env})}',
      '  list 13:9-13:15 13:17-13:47 [1 (str "two") [(str ${local.three})]]',
      '  directive 14:9-14:20 14:22-14:50 (str (%if var.on ["on"]))',
      'variable env@19:17-19:22 header 19:17-19:22 range 19:24-19:44',
      '  default 19:26-19:35 19:37-19:42 (str "dev")',
      'locals header 20:3-20:11 range 20:14-20:28',
      '  three 20:16-20:23 20:25-20:26 3',
      'locals header 20:3-20:11 range 20:30-20:62',
      '  four 20:32-20:38 20:40-20:60 (str ${(+ local.three 1)})',
    ]);
  });

  it('keeps positions inside JSON strings, after escapes too', () => {
    const db = firstBlock(file).body;
    const parts = (name: string): string[] => {
      const e = attribute(db, name).expression;
      return e.type === 'template' ? e.parts.map((p) => `${p.type} ${at(p.range)}${p.type === 'interpolation' ? ` ${at(p.expression.range)}` : ''}`) : [];
    };
    expect(parts('identifier')).toEqual(['text 7:24-7:27', 'interpolation 7:27-7:37 7:29-7:36']);
    expect(parts('escaped')).toEqual(['text 8:21-8:34', 'interpolation 8:34-8:54 8:36-8:53']);
  });

  it('reports a broken template inside a JSON string at its place; tfvars JSON must be an object', () => {
    const text = '{"locals": {"a": "x ${var."}}';
    const broken = parseHclJson('b.tf.json', text, new LineIndex(text), 'blocks');
    expect(broken.diagnostics.map((d) => [d.code, at(d.range!)])).toEqual([['hcl-syntax', '1:27-1:27']]);
    const list = parseHclJson('terraform.tfvars.json', '[1]', new LineIndex('[1]'), 'arguments');
    expect(list.diagnostics.map((d) => [d.code, d.message])).toEqual([['tfvars-syntax', 'a .tfvars.json file must hold a JSON object']]);
  });

  it('reads JSON nested 100,000 levels deep without a diagnostic', () => {
    const text = `{"a": ${'{"b": '.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    const deep = parseHclJson('terraform.tfvars.json', text, new LineIndex(text), 'arguments');
    expect(deep.diagnostics).toEqual([]);
    expect(deep.body.items.map((i) => i.type === 'attribute' && i.expression.type)).toEqual(['object']);
  });
});
