import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph.js';
import { root } from './rules-fixtures.js';

/**
 * The import graph runs one way (STYLE.md, the brief): cli → lint → (rules,
 * engine, reporters) → adapters → resolve → parsers → model. A folder may
 * import itself and folders of a lower layer only; rules/ sits above the
 * engine (a rule is built from engine types), and the engine never imports
 * rules/ (the shipped registry is rules/index.ts).
 */
const LAYER: Record<string, number> = {
  model: 0,
  parsers: 1,
  discover: 1,
  resolve: 2,
  config: 2, // the configuration file: read, validated against the shipped schema, over discover (repository root) and model
  adapters: 3,
  fix: 3, // edit builders over the model and the parsers' source text; the engine attaches them
  engine: 4,
  reporters: 4,
  rules: 5,
  lint: 6,
  cli: 7,
  action: 8,
};

function folder(file: string): string {
  return file.startsWith('rules/') ? 'rules' : file.split('/')[1]!;
}

describe('import graph of src/ and rules/', () => {
  const graph = importGraph(root);

  it('reads the project', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/lint/run.ts')).toContain('rules/index.ts');
  });

  it('has no cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('knows the layer of every folder', () => {
    expect([...new Set([...graph.keys()].map(folder))].filter((f) => LAYER[f] === undefined)).toEqual([]);
  });

  it('never imports upward or sideways into another folder of the same layer', () => {
    const bad: string[] = [];
    for (const [file, deps] of graph) {
      for (const dep of deps) {
        const [from, to] = [folder(file), folder(dep)];
        if (from !== to && !(LAYER[to]! < LAYER[from]!)) bad.push(`${file} -> ${dep}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps the engine away from rules/', () => {
    const engine = [...graph].filter(([file]) => folder(file) === 'engine');
    expect(engine.flatMap(([file, deps]) => deps.filter((d) => d.startsWith('rules/')).map((d) => `${file} -> ${d}`))).toEqual([]);
  });
});
