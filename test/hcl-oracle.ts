/**
 * The differential test's two sides in one JSON shape (hcl2json's): a body is
 * an object of attributes and of block types nested by label down to arrays
 * of bodies. Values are compared after normalization: every string holding
 * `${` or `%{` (an hcl2json expression or template form) and every
 * non-literal expression of ours is the token TEMPLATE.
 */
import type { Expression } from '../src/model/hcl-ast.js';
import type { Body } from '../src/parsers/terraform/hcl/index.js';
import { literalValue } from '../src/parsers/terraform/ast-nodes.js';

export const TEMPLATE = '<template>';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** hcl2json's value with template strings replaced by TEMPLATE (iterative). */
export function normalizeOracle(value: unknown): Json {
  const norm = (v: unknown): Json => (typeof v === 'string' && (v.includes('${') || v.includes('%{')) ? TEMPLATE : (v as Json));
  const root = { v: value as Json };
  const work: Array<[Record<string, Json> | Json[], string | number]> = [[root as unknown as Record<string, Json>, 'v']];
  while (work.length > 0) {
    const [holder, key] = work.pop()!;
    const v = (holder as Record<string, Json>)[key as string];
    if (Array.isArray(v)) v.forEach((_, k) => work.push([v, k]));
    else if (isObject(v)) {
      for (const k of Object.keys(v)) {
        const nk = k.includes('${') || k.includes('%{') ? TEMPLATE : k;
        if (nk !== k) {
          v[nk] = v[k] as Json;
          delete v[k];
        }
        work.push([v as Record<string, Json>, nk]);
      }
    } else (holder as Record<string, Json>)[key as string] = norm(v);
  }
  return root.v;
}

/** Our AST in the same shape. */
export function ourJson(body: Body): Json {
  const out: Record<string, Json> = {};
  for (const item of body.items) {
    if (item.type === 'attribute') {
      out[item.name] = valueJson(item.expression);
      continue;
    }
    let cur: Json = out;
    const path = [item.blockType, ...item.labels.map((l) => l.value)];
    for (let i = 0; i < path.length && isObject(cur); i++) {
      const holder: Record<string, Json> = cur;
      holder[path[i]!] ??= i === path.length - 1 ? [] : {};
      cur = holder[path[i]!]!;
    }
    // Like hcl2json, an attribute of the same name wins over blocks.
    if (Array.isArray(cur)) cur.push(ourJson(item.body));
  }
  return out;
}

function valueJson(e: Expression): Json {
  const literal = literalValue(e);
  if (literal) return typeof literal.value === 'string' && (literal.value.includes('${') || literal.value.includes('%{')) ? TEMPLATE : literal.value;
  if (e.type === 'tuple') return e.items.map(valueJson);
  if (e.type === 'object') {
    const out: Record<string, Json> = {};
    for (const item of e.items) {
      const key = literalValue(item.key);
      out[key && key.value !== null ? String(key.value) : TEMPLATE] = valueJson(item.value);
    }
    return out;
  }
  return TEMPLATE;
}

/** Paths where two JSON values differ (at most `limit`). */
export function differences(a: Json, b: Json, limit = 5): string[] {
  const out: string[] = [];
  const work: Array<[Json, Json, string]> = [[a, b, '']];
  while (work.length > 0 && out.length < limit) {
    const [x, y, path] = work.pop()!;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push(`${path}: ${x.length} items, oracle ${y.length}`);
      else x.forEach((v, i) => work.push([v, y[i]!, `${path}[${i}]`]));
    } else if (isObject(x) && isObject(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys) {
        if (!(k in x)) out.push(`${path}.${k}: only in the oracle`);
        else if (!(k in y)) out.push(`${path}.${k}: only ours`);
        else work.push([x[k]!, y[k]!, `${path}.${k}`]);
      }
    } else if (x !== y) out.push(`${path}: ${JSON.stringify(x)?.slice(0, 60)}, oracle ${JSON.stringify(y)?.slice(0, 60)}`);
  }
  return out;
}
