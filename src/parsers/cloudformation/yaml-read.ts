/**
 * readYaml: CloudFormation YAML into model Nodes with exact ranges
 * (yaml-reader.ts documents how YAML is read).
 *
 * The scanning reader (yaml-scan-reader.ts) reads ~98% of templates with no
 * `yaml` code at all; the `yaml` package and the readers built on it
 * (yaml-reader.ts: its CST, then composed Documents) are loaded only for a
 * file it leaves. A run over plain templates then never loads the `yaml`
 * package (issue 16: a run loads only what it uses; one CloudFormation file
 * 663 M -> 635 M instructions, callgrind; test/start-up-loading.test.ts
 * checks it).
 */
import type { LineIndex } from '../../model/range.js';
import { lineFeeds, tooDeepToRead, type ReadResult } from './yaml-prepare.js';
import { readYamlScanned } from './yaml-scan-reader.js';

/** `aliasLimit`: see ALIAS_EXPANSION_LIMIT (yaml-reader.ts), the default. */
export async function readYaml(file: string, source: string, index: LineIndex, aliasLimit?: number): Promise<ReadResult> {
  const text = lineFeeds(source);
  const tooDeep = tooDeepToRead(file, text, index);
  if (tooDeep) return tooDeep;
  const scanned = readYamlScanned(file, text, index);
  if (scanned) return scanned;
  const { readYamlWithPackage } = await import('./yaml-reader.js');
  return readYamlWithPackage(file, text, index, aliasLimit);
}
