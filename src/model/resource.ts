import type { MapEntry, MapNode, Node } from './node.js';
import type { Range } from './range.js';

/** A comment as the parser saw it (suppressions come from real comments only, SPEC §5). */
export interface SourceComment {
  /** The comment text without its markers (`#`, `//`, block comments), untrimmed. */
  text: string;
  range: Range;
}

export type TemplateFormat = 'cloudformation' | 'terraform';

/**
 * One resource definition, format-neutral.
 *
 * `properties` is the CloudFormation `Properties` map (an empty MapNode at the
 * header range when absent) or the Terraform block body (attributes and
 * nested blocks). A resource whose `Properties` is itself an intrinsic (e.g.
 * one `Fn::If`) keeps it in `rawProperties` and has empty `properties`.
 */
export interface Resource {
  format: TemplateFormat;
  /** `AWS::RDS::DBInstance`, `aws_db_instance`. */
  type: string;
  /** CloudFormation logical ID, or Terraform address (`aws_db_instance.db`, `module.x.aws_db_instance.db`). */
  name: string;
  /** File path as the user gave it / as discovered (relative to the working directory when possible). */
  file: string;
  /** The header: the CloudFormation logical-ID key; the Terraform `resource "type" "name"` line up to `{`. */
  range: Range;
  /** The whole definition, header to closing brace / last line of the entry. */
  extent: Range;
  properties: MapNode;
  rawProperties?: Node;
  /** CloudFormation `Metadata` of the resource (suppressions); Terraform: absent. */
  metadata?: MapNode;
  /** CloudFormation: the logical ID in its template (`name` is stack-qualified when reached through a parent stack). */
  logicalId?: string;
  /** CDK output: the construct path from `Metadata.aws:cdk:path` (without a trailing `/Resource`). */
  constructPath?: string;
  /** CloudFormation resource-level `Condition` name; Terraform: `count`/`for_each` present. */
  conditional?: string;
  /** The template or module this resource belongs to: the context for resolving values. */
  template: Template;
  /** Terraform override files merged into `properties`: the entries each contributed (findings on them point into that file). */
  overrides?: Array<{ file: string; entries: MapEntry[] }>;
}

export interface CloudFormationTemplate {
  format: 'cloudformation';
  file: string;
  /** The decoded source text (BOM removed). */
  text: string;
  /** 0-based index of the YAML document in a multi-document file. */
  document: number;
  root: MapNode;
  parameters: Map<string, MapNode>;
  conditions: Map<string, Node>;
  mappings: Map<string, MapNode>;
  resources: Resource[];
  /** The comments of the file (YAML `#`), in source order, when the parser collects them. */
  comments?: SourceComment[];
  /**
   * Parameter values given from outside the template, by parameter name
   * (SPEC §1): `--parameters`/`--parameter-files`, or the `Parameters` of the
   * parent stack this template is judged through. They replace Default and
   * AllowedValues, and only they (with literals) decide conditions.
   */
  given?: Map<string, GivenParameter>;
  /** When judged through parent stacks: their logical IDs, outermost first (`DatabaseStack`, `App/DatabaseStack`). */
  stackPath?: string;
}

/** A parameter value from outside a template. */
type GivenParameter =
  /** A value the user passed; `source` names where (`params/prod.json`, `--parameters`). */
  | { kind: 'value'; value: string; source: string }
  /** What a parent stack passes: `node` is resolved in the parent template; `stack` is the parent's stack resource. */
  | { kind: 'parent'; node: Node; template: CloudFormationTemplate; stack: string };

export interface TerraformVariable {
  name: string;
  file: string;
  range: Range;
  default?: Node;
  /** The file `default` is written in when an override file replaced it (else `file`). */
  defaultFile?: string;
  /** The declared type constraint, as written (`set(string)`; a string in `.tf.json`). */
  type?: Node;
}

export interface TerraformValue {
  value: Node;
  /** The file the value came from (a .tf file for locals, a .tfvars file for variable values). */
  file: string;
}

export interface TerraformModule {
  format: 'terraform';
  /** Directory of the module. */
  dir: string;
  /** Every `.tf` / `.tf.json` file read, with its decoded text. */
  files: Map<string, string>;
  /** The comments of each file (HCL `#`, `//` and block comments), in source order, when the parser collects them. */
  comments?: Map<string, SourceComment[]>;
  variables: Map<string, TerraformVariable>;
  locals: Map<string, TerraformValue>;
  /** Values assigned by terraform.tfvars then *.auto.tfvars (lexical order, later wins). */
  tfvars: Map<string, TerraformValue>;
  resources: Resource[];
  /** When reached through a `module` block: its address prefix (`module.db`) and the call's arguments. */
  modulePath?: string;
  moduleInputs?: Map<string, TerraformValue>;
  /**
   * Set when the module's code is not part of the linted tree (a known
   * registry module of the catalog, a module installed under `.terraform`):
   * the call in the user's code that findings on its resources point at
   * (SPEC §1 "Where a finding points").
   */
  reportAt?: ModuleCallSite;
  /** The module's files exist in no file system (a catalog description): there is no place inside it to show. */
  virtual?: boolean;
}

/** A `module` block in the user's code, as findings on code outside the linted tree point at it. */
export interface ModuleCallSite {
  /** The call's name (`module "db"`). */
  name: string;
  file: string;
  /** The `module "db"` header line. */
  header: Range;
  /** The whole block, header to closing brace (an `iac-lint:ignore` inside or directly above it applies to the module's findings). */
  extent: Range;
  /** The call's arguments (inputs of the module), with their ranges. */
  arguments: MapEntry[];
  /** The call's body (where an argument is added), in `file`. */
  body: MapNode;
  /** Arguments that override files (`override.tf`, `*_override.tf`) set, per file: they are written there, not in `file`. */
  overrides?: Array<{ file: string; entries: MapEntry[] }>;
}

export type Template = CloudFormationTemplate | TerraformModule;
