// Issue 16: the alias bound counts what aliases add, not every node, so a
// large template without aliases is read (a 30 MB template was refused as an
// alias bomb). The bound is lowered here so that the inputs stay small.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/model/range.js';
import { readYaml } from '../src/parsers/cloudformation/yaml-read.js';

const LIMIT = 1000;

function read(text: string) {
  return readYaml('big.yaml', text, new LineIndex(text), LIMIT);
}

describe('YAML alias bound', () => {
  it('reads a document of many more nodes than the bound when it has no aliases', async () => {
    const text = `Resources:\n  Big:\n    Type: AWS::S3::Bucket\n    Properties:\n      List: [${'1,'.repeat(LIMIT * 5)}1]\n`;
    const result = await read(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.documents[0]!.root).toBeDefined();
  });

  it('reads aliases that add fewer nodes than the bound, however large the document', async () => {
    const text = `a: &a [1, 2, 3]\nb: [${'*a, '.repeat(200)}*a]\nc: [${'1,'.repeat(LIMIT * 5)}1]\n`;
    expect((await read(text)).diagnostics).toEqual([]);
  });

  it('refuses aliases that add more than the bound, at the first alias', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 3; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const result = await read(`${lines.join('\n')}\n`);
    expect(result.diagnostics.map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([['yaml-alias-limit', 2, 10]]);
  });
});
