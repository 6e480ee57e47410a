// Nested stacks (SPEC §2): an `AWS::CloudFormation::Stack` whose
// `TemplateURL`, or an `AWS::Serverless::Application` whose `Location`, is a
// local path is followed, and the child template is judged with the
// `Parameters` its parent passes (resolved in the parent, so a parent's
// given values decide the child's conditions too). The child's resources are
// named through the stack (`DatabaseStack/OrdersDb`). A child read through a
// parent is judged only through its parents (src/lint/run.ts drops its own
// unit), once per parent. CDK output names the child's file in the stack's
// `aws:asset:path` metadata (its TemplateURL is an S3 URL built at deploy).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { get, getEntry, type MapEntry } from '../model/node.js';
import type { CloudFormationTemplate, Resource } from '../model/resource.js';
import type { Range } from '../model/range.js';
import { quote } from '../model/quote.js';
import { parseCloudFormation } from '../parsers/cloudformation/index.js';
import { cloudFormationResolver, resourceCondition } from '../resolve/cloudformation.js';
import { intrinsic } from '../resolve/cloudformation-index.js';
import { isWithin, type Boundary } from '../discover/boundary.js';
import { relativePath } from '../discover/paths.js';
import { readSourceFile } from '../discover/read.js';

/** Parent → child → … at most this deep (a template that includes itself is cut earlier). */
const MAX_STACK_DEPTH = 8;

/** Where a stack resource names its child template. */
const CHILD_PROPERTY: Record<string, string> = {
  'AWS::CloudFormation::Stack': 'TemplateURL',
  'AWS::Serverless::Application': 'Location',
};

export interface NestedStackOptions {
  cwd: string;
  maxBytes: number;
  boundary: Boundary;
}

interface NestedStacks {
  /** Every child template followed, at any depth (with its parent's parameters and stack-qualified names). */
  templates: CloudFormationTemplate[];
  diagnostics: Diagnostic[];
  /** Absolute paths of the child files read. */
  children: string[];
}

/** Follows the nested stacks of `templates` (read from `abs`), depth first. */
export async function followNestedStacks(templates: CloudFormationTemplate[], abs: string, options: NestedStackOptions): Promise<NestedStacks> {
  const out: NestedStacks = { templates: [], diagnostics: [], children: [] };
  const visit = async (template: CloudFormationTemplate, file: string, ancestors: string[]): Promise<void> => {
    for (const stack of template.resources) {
      const property = CHILD_PROPERTY[stack.type];
      if (!property || !mayBeCreated(stack)) continue;
      const child = childPath(stack, property, file, out.diagnostics);
      if (!child) continue;
      const { abs: target, range } = child;
      const shown = relativePath(options.cwd, target) || target;
      if (ancestors.includes(target) || ancestors.length >= MAX_STACK_DEPTH) {
        out.diagnostics.push(note(stack, 'nested-stack-not-followed', `${stack.name}: the child template ${shown} is not followed: ${ancestors.includes(target) ? 'it includes itself through its parents' : `stacks nest more than ${MAX_STACK_DEPTH} deep`}`));
        continue;
      }
      // Where the parent names the child: a child that cannot be read is reported there.
      const atParent = (severity: Diagnostic['severity'], code: string, message: string): void => {
        out.diagnostics.push({ file: stack.file, severity, code, message: `${stack.name}: the child template ${shown} ${message}`, range });
      };
      if (!existsSync(target) && isWithin(options.boundary, target)) {
        atParent('warning', 'nested-stack-not-found', 'does not exist; the child stack is not linted');
        continue;
      }
      const read = await readSourceFile(target, shown, options.maxBytes, options.boundary);
      if (!read.ok) {
        if (read.reason === 'outside') atParent('warning', 'outside-repository', 'lies outside the repository root; iac-lint reads nothing outside the repository');
        else atParent(read.diagnostic.severity, read.diagnostic.code, `is not read: ${read.diagnostic.message}`);
        continue;
      }
      out.diagnostics.push(...read.diagnostics);
      const parsed = await parseCloudFormation(shown, read.text);
      out.diagnostics.push(...parsed.diagnostics);
      const childTemplate = parsed.templates[0];
      if (!childTemplate) {
        if (parsed.diagnostics.length === 0) atParent('warning', 'nested-stack-not-followed', 'holds no CloudFormation template');
        continue;
      }
      if (!out.children.includes(target)) out.children.push(target);
      adopt(childTemplate, stack, template, out.diagnostics);
      out.templates.push(childTemplate);
      await visit(childTemplate, target, [...ancestors, target]);
    }
  };
  for (const template of templates) await visit(template, abs, [abs]);
  return out;
}

function mayBeCreated(resource: Resource): boolean {
  return resourceCondition(resource).value !== false;
}

/** The absolute path of a stack's child template and where it is named, or undefined (with a note when it cannot be followed). */
function childPath(stack: Resource, property: string, parentFile: string, diagnostics: Diagnostic[]): { abs: string; range: Range } | undefined {
  const found = childPathText(stack, property, diagnostics);
  return found && { abs: resolve(dirname(parentFile), found.path), range: found.range };
}

function childPathText(stack: Resource, property: string, diagnostics: Diagnostic[]): { path: string; range: Range } | undefined {
  const entry = getEntry(stack.properties, property);
  const assetEntry = getEntry(stack.metadata, 'aws:asset:path');
  const assetPath = assetEntry?.value;
  if (assetPath?.kind === 'scalar' && typeof assetPath.value === 'string' && assetPath.value.endsWith('.json')) {
    // CDK: the child is synthesized next to the parent (cdk.out); TemplateURL points at the uploaded copy.
    return { path: assetPath.value, range: assetEntry!.keyRange };
  }
  if (!entry) return undefined;
  if (entry.value.kind === 'map' && !intrinsic(entry.value)) {
    diagnostics.push(note(stack, 'nested-stack-not-followed', `${stack.name}: a serverless application from the AWS Serverless Application Repository is not linted (only a local Location is followed)`, entry));
    return undefined;
  }
  const values = cloudFormationResolver.resolve(stack, entry.value);
  const only = values.length === 1 ? values[0]! : undefined;
  if (only?.kind !== 'value' || typeof only.value !== 'string' || only.value.trim() === '') {
    diagnostics.push(note(stack, 'nested-stack-not-followed', `${stack.name}: ${property} cannot be resolved to one path statically; the child stack is not linted`, entry));
    return undefined;
  }
  const url = only.value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.includes('{{resolve:')) {
    if (/^file:\/\//i.test(url)) return { path: decodeURIComponent(url.replace(/^file:\/\//i, '')), range: entry.keyRange };
    diagnostics.push(
      note(stack, 'nested-stack-not-followed', `${stack.name}: ${property} ${quote(url)} is not a local path; the child stack is not linted (lint the child template, or point ${property} at the local file that \`aws cloudformation package\` uploads)`, entry),
    );
    return undefined;
  }
  return { path: url, range: entry.keyRange };
}

/**
 * Makes `child` the template of a stack in `parent`: given values from the
 * stack's `Parameters`, stack-qualified resource names.
 */
function adopt(child: CloudFormationTemplate, stack: Resource, parent: CloudFormationTemplate, diagnostics: Diagnostic[]): void {
  const stackId = stack.logicalId ?? stack.name;
  child.stackPath = parent.stackPath ? `${parent.stackPath}/${stackId}` : stackId;
  child.given = new Map();
  const parameters = get(stack.properties, 'Parameters');
  for (const entry of parameters?.kind === 'map' ? parameters.entries : []) {
    if (!child.parameters.has(entry.key)) {
      diagnostics.push({
        file: stack.file,
        severity: 'warning',
        code: 'nested-stack-parameter-undeclared',
        message: `${stack.name} passes parameter ${entry.key}, which ${child.file} does not declare (CloudFormation rejects this)`,
        range: entry.keyRange,
      });
      continue;
    }
    child.given.set(entry.key, { kind: 'parent', node: entry.value, template: parent, stack: stack.name });
  }
  for (const resource of child.resources) {
    resource.logicalId ??= resource.name;
    resource.name = `${child.stackPath}/${resource.logicalId}`;
  }
}

function note(stack: Resource, code: string, message: string, entry?: MapEntry): Diagnostic {
  return { file: stack.file, severity: 'note', code, message, range: entry ? entry.keyRange : stack.range };
}
