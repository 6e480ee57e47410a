import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Exports of src/ and rules/ that no file of the project imports (src, rules,
 * test, scripts, bench): each one an `export` to drop, or dead code. Read from
 * the import and export statements of the project's own style, without a
 * compiler (TypeScript 7 has no compiler API to ask):
 * - `export const|let|function|class|interface|type|enum NAME`, `export { a, b as c }`,
 *   `export { a } from './x.js'` and `export * from './x.js'` (a name of x then
 *   also counts as imported when imported through the re-exporting file);
 * - `import { a, b as c, type d }`, `import x, { … }` (default), `import type { … }`,
 *   `const { a, b: c } = await import('./x.js')`, `import('./x.js').Name` in types;
 *   `import * as ns` and a dynamic import that is not destructured count as
 *   using every export of the module (what they use is not read).
 * Imports also count in template strings (code that a test or script builds),
 * resolved from the importing file's folder, else from the project root.
 */
export function unusedExports(root: string): string[] {
  const candidates = ['src', 'rules'].flatMap((d) => walk(join(root, d))).filter((f) => f.endsWith('.ts'));
  const readers = ['src', 'rules', 'test', 'scripts', 'bench'].flatMap((d) => walk(join(root, d))).filter((f) => /\.(ts|mts|mjs|js)$/.test(f) && !f.includes('/snapshots/'));
  readers.push(join(root, 'vitest.config.ts'));

  const exportsOf = new Map<string, Set<string>>();
  const starsOf = new Map<string, string[]>();
  const texts = new Map<string, string>();
  for (const file of readers) texts.set(file, stripComments(readFileSync(file, 'utf8')));
  for (const file of candidates) {
    const text = texts.get(file)!;
    const names = new Set<string>();
    for (const m of text.matchAll(/^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
    if (/^export\s+default\b/m.test(text)) names.add('default');
    for (const m of text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}(\s*from\s*['"]([^'"]+)['"])?/gm)) {
      for (const { exported } of specifiers(m[1]!)) names.add(exported);
    }
    exportsOf.set(file, names);
    starsOf.set(file, [...text.matchAll(/^export\s+\*\s+from\s*['"]([^'"]+)['"]/gm)].map((m) => resolveSpec(root, file, m[1]!)).filter((t): t is string => t !== undefined));
  }

  const used = new Set<string>(); // `${file}\0${name}`
  /** Marks `name` of `file` used; through `export *`, the file that declares it. */
  const use = (file: string, name: string, seen = new Set<string>()): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (exportsOf.get(file)?.has(name)) used.add(`${file}\u0000${name}`);
    else for (const star of starsOf.get(file) ?? []) use(star, name, seen);
  };
  const useAll = (file: string, seen = new Set<string>()): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const name of exportsOf.get(file) ?? []) used.add(`${file}\u0000${name}`);
    for (const star of starsOf.get(file) ?? []) useAll(star, seen);
  };

  for (const [file, text] of texts) {
    const target = (spec: string) => resolveSpec(root, file, spec);
    // Static imports, and re-exports (which use what they re-export).
    for (const m of text.matchAll(/\b(import|export)\s+(type\s+)?([\w$]+\s*,\s*)?(\*\s+as\s+[\w$]+|\{[^}]*\}|[\w$]+)?\s*from\s*['"]([^'"]+)['"]/g)) {
      const to = target(m[5]!);
      if (!to) continue;
      const clause = m[4] ?? '';
      if (m[3] || (/^[\w$]+$/.test(clause) && m[1] === 'import')) use(to, 'default');
      if (clause.startsWith('*')) useAll(to);
      else if (clause.startsWith('{')) for (const { local } of specifiers(clause.slice(1, -1))) use(to, local);
      else if (m[1] === 'export' && clause === '' && /^export\s+\*/.test(m[0])) useAll(to);
    }
    for (const m of text.matchAll(/export\s+\*\s+from\s*['"]([^'"]+)['"]/g)) {
      const to = target(m[1]!);
      if (to && !candidates.includes(file)) useAll(to); // a star re-export outside src/ and rules/ uses everything
    }
    // Dynamic imports.
    for (const m of text.matchAll(/(\{[^{}]*\}\s*=\s*await\s+)?import\(\s*['"]([^'"]+)['"]\s*\)(\.([\w$]+))?/g)) {
      const to = target(m[2]!);
      if (!to) continue;
      if (m[1]) for (const part of m[1].slice(1, m[1].indexOf('}')).split(',')) {
        const name = part.split(':')[0]!.trim();
        if (name) use(to, name);
      }
      else if (m[4]) use(to, m[4]);
      else useAll(to);
    }
  }

  const out: string[] = [];
  for (const [file, names] of exportsOf) {
    for (const name of names) if (!used.has(`${file}\u0000${name}`)) out.push(`${rel(root, file)}: ${name}`);
  }
  return out.sort();
}

/** `a, b as c, type d` → local (the name in the other module) and exported names. */
function specifiers(list: string): Array<{ local: string; exported: string }> {
  return list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((s) => {
      const [local, exported] = s.split(/\s+as\s+/);
      return { local: local!.trim(), exported: (exported ?? local!).trim() };
    });
}

function resolveSpec(root: string, from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  for (const base of [dirname(from), root]) {
    const target = resolve(base, spec.replace(/\.js$/, '.ts'));
    const found = [target, `${target}.ts`, join(target, 'index.ts')].find((t) => existsSync(t) && statSync(t).isFile());
    if (found) return found;
  }
  return undefined;
}

/** Block comments and whole-line `//` comments (not `//` inside strings such as URLs). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
}

function rel(root: string, p: string): string {
  return relative(root, p).split('\\').join('/');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    if (n === 'node_modules') return [];
    const f = join(dir, n);
    return statSync(f).isDirectory() ? walk(f) : [f];
  });
}
