/**
 * CloudFormation parser: YAML or JSON text → templates with exact ranges,
 * plus diagnostics. Never throws for bad input.
 *
 * The format is decided by content, not by extension (a `.yaml` file may hold
 * JSON, a `.template` either): text whose first non-space character is `{`
 * is read as JSON; when that fails but YAML (a superset) reads it, the YAML
 * reading is used with a warning that the file is not valid JSON; otherwise
 * the JSON error is reported. Anything else is read as YAML.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { LineIndex } from '../../model/range.js';
import type { CloudFormationTemplate, SourceComment } from '../../model/resource.js';
import { readJson } from './json-reader.js';
import { buildTemplate, isTemplateRoot, looksLikeTemplate } from './template.js';
import type { ReadDocument } from './yaml-prepare.js';
import { readYaml } from './yaml-read.js';
import { TimeBudgetExceeded } from '../../model/time-budget.js';

export { looksLikeTemplate } from './template.js';

export interface CloudFormationParse {
  templates: CloudFormationTemplate[];
  diagnostics: Diagnostic[];
  /**
   * The content is a CloudFormation template (SPEC §2); for unparseable text, looksLikeTemplate(text).
   * When false, `diagnostics` holds only the syntax errors of text that could not be parsed (empty for
   * valid non-template YAML/JSON); report them only for files the user named.
   */
  isTemplate: boolean;
}

/** Asynchronous because the `yaml` package is loaded only for YAML the scanning reader leaves (yaml-read.ts). */
export async function parseCloudFormation(file: string, text: string): Promise<CloudFormationParse> {
  try {
    return await parse(file, text);
  } catch (e) {
    if (e instanceof TimeBudgetExceeded) throw e;
    // A bug here must not end the run: report it like bad input, with no place in the file.
    const message = `internal error while reading the file as CloudFormation: ${e instanceof Error ? e.message : String(e)}`;
    const isTemplate = looksLikeTemplate(text);
    return { templates: [], diagnostics: isTemplate ? [{ file, severity: 'error', code: 'cfn-parse-internal', message }] : [], isTemplate };
  }
}

async function parse(file: string, text: string): Promise<CloudFormationParse> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const index = new LineIndex(source);
  const { documents, diagnostics, failed, comments } = await readDocuments(file, source, index);
  const templateDiagnostics: Diagnostic[] = [];
  const templates: CloudFormationTemplate[] = [];
  for (const doc of documents) {
    if (!isTemplateRoot(doc.root)) continue;
    const template = buildTemplate(file, source, doc.index, doc.root, templateDiagnostics);
    template.comments = comments;
    templates.push(template);
  }
  const read = documents.filter((d) => d.root);
  if (templates.length > 0 && read.length > 1) {
    templateDiagnostics.push({
      file,
      severity: 'warning',
      code: 'yaml-multiple-documents',
      message: `this file holds ${read.length} YAML documents; CloudFormation reads one document per template (each is linted here)`,
      range: read[1]!.root!.range,
    });
  }
  // A list at the root of a file that mentions AWS resource types: meant as a template, but no template.
  const listRoot = templates.length === 0 && !failed ? read.find((d) => d.root!.kind === 'seq') : undefined;
  if (listRoot && looksLikeTemplate(source)) {
    const message = 'the file holds a list at its root; a CloudFormation template is a mapping (AWSTemplateFormatVersion, Resources, ...)';
    return { templates, diagnostics: [...diagnostics, { file, severity: 'error', code: 'cfn-template-root', message, range: listRoot.root!.range }], isTemplate: true };
  }
  const isTemplate = templates.length > 0 || (failed && looksLikeTemplate(source));
  if (isTemplate) return { templates, diagnostics: [...diagnostics, ...templateDiagnostics], isTemplate };
  // Other YAML/JSON (Kubernetes, workflows, package.json) gives no diagnostics. When it could not be
  // parsed at all, the syntax errors are kept: the caller reports them only for a file named on the
  // command line (SPEC §2), and skips them for walked files (isTemplate is false).
  return { templates, diagnostics: failed ? diagnostics.filter((d) => d.severity === 'error') : [], isTemplate };
}

interface Documents {
  documents: ReadDocument[];
  diagnostics: Diagnostic[];
  /** Some document could not be read. */
  failed: boolean;
  /** The file's comments (JSON has none). */
  comments: SourceComment[];
}

async function readDocuments(file: string, text: string, index: LineIndex): Promise<Documents> {
  if (/^\s*\{/.test(text)) {
    const json = readJson(file, text, index);
    if (json.root) return { documents: [{ index: 0, root: json.root }], diagnostics: json.diagnostics, failed: false, comments: [] };
    // YAML flow style (comments, trailing commas, unquoted words) is not JSON, but YAML reads it:
    // use that reading and say that the file is not valid JSON.
    const yaml = await readYaml(file, text, index);
    if (yaml.documents.length > 0 && yaml.documents.every((d) => d.root) && yaml.diagnostics.every((d) => d.severity !== 'error' || d.code === 'duplicate-key')) {
      const notJson = json.diagnostics.map((d): Diagnostic => ({ ...d, severity: 'warning', message: `${d.message}; read as YAML instead` }));
      return { documents: yaml.documents, diagnostics: [...notJson, ...yaml.diagnostics], failed: false, comments: yaml.comments };
    }
    return { documents: [], diagnostics: json.diagnostics, failed: true, comments: [] };
  }
  const yaml = await readYaml(file, text, index);
  // Every error but a duplicate key means some document could not be read.
  const failed = yaml.diagnostics.some((d) => d.severity === 'error' && d.code !== 'duplicate-key');
  return { documents: yaml.documents, diagnostics: yaml.diagnostics, failed, comments: yaml.comments };
}
