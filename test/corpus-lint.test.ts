/**
 * The whole real-world corpus (../shared/corpus) linted in one run, end to
 * end through lint() (issue 5, item 4): discovery, reading, both parsers,
 * Terraform units, the rules and the reporters. No exception, no internal
 * error, and every diagnostic accounted for: the count per code, and the
 * exact files that could not be parsed. (The parser-level corpus tests,
 * test/corpus-cloudformation.test.ts and test/corpus-terraform.test.ts, check
 * values and positions; this one checks what a user running
 * `iac-lint ../shared/corpus` gets.)
 */
import { existsSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run.js';
import type { LintResult } from '../src/model/lint-result.js';
import { jsonReporter } from '../src/reporters/json.js';
import { sarifReporter } from '../src/reporters/sarif.js';
import { validateSarif } from './sarif-validate.js';
import { CORPUS } from './corpus-files.js';

const present = existsSync(CORPUS);
if (!present) console.warn(`corpus-lint: corpus not found at ${CORPUS}; set IAC_LINT_CORPUS to run this test`);

/**
 * The files that cannot be parsed, by code. Every one is broken on purpose
 * upstream (a test input of the tool that ships it) or has a real typo; all
 * are also rejected by the tool's own parser, by CloudFormation or by Terraform.
 */
const PARSE_FAILURES: Record<string, string[]> = {
  // Invalid JSON: cfn-lint's and checkov's bad fixtures, Python-style """triple quotes""",
  // and a '.' instead of ',' after a Description (a real upstream typo).
  'json-syntax': [
    'cfn-lint/test/fixtures/templates/bad/core/config_invalid_json.json',
    'cfn-lint/test/fixtures/templates/bad/json_parse.json',
    'checkov/tests/cloudformation/parser/success_triple_quotes_string.json',
    'checkov/tests/cloudformation/runner/resources/invalid.json',
    'iac-model-evaluation/cloudformation/database-migration-service.json',
  ],
  // Invalid YAML: bad fixtures of cfn-lint, cfn_nag and cloudformation-guard, and
  // terrascan's `Action: *` (a bare '*' is an alias without a name).
  'yaml-syntax': [
    'cfn-lint/test/fixtures/templates/bad/core/config_invalid_yaml.yaml',
    'cfn-lint/test/fixtures/templates/bad/template.yaml',
    'cfn_nag/spec/test_templates/yaml/vulgar_bad_syntax.yml',
    'cloudformation-guard/guard/resources/validate/malformed-template.yaml',
    'terrascan/pkg/iac-providers/cft/v1/testdata/deploy.yaml',
  ],
  // A key given twice in one mapping: CloudFormation rejects the template (cfn-lint E0000).
  'duplicate-key': [
    'cfn-lint/test/fixtures/templates/bad/duplicate.json',
    'cfn-lint/test/fixtures/templates/bad/duplicate.yaml',
    'checkov/tests/cloudformation/runner/resources/invalid.yaml',
  ],
  // HCL Terraform rejects: checkov's and terrascan's invalid inputs (redefined arguments,
  // missing '=' or separators, invalid escapes and numbers, empty files named as blocks).
  // Templates that CloudFormation rejects for their shape: cfn-lint's and checkov's invalid test
  // templates, resources indented one level too deep (datadog, trivy), Properties as a string (rain).
  'cfn-template-shape': [
    'cfn-lint/test/fixtures/templates/bad/resources/primary_identifiers.yaml',
    'cfn-lint@v0-2023-10/test/fixtures/templates/bad/resources/configuration.yaml',
    'checkov/tests/cloudformation/runner/resources/invalid_properties.json',
    'checkov/tests/cloudformation/runner/resources/invalid_properties.yaml',
    'datadog-iac-scanner/assets/queries/cloudFormation/aws/dynamodb_table_point_in_time_recovery_disabled/test/negative2.json',
    'datadog-iac-scanner/assets/queries/cloudFormation/aws/dynamodb_table_point_in_time_recovery_disabled/test/positive3.json',
    'datadog-iac-scanner/assets/queries/cloudFormation/aws/dynamodb_table_point_in_time_recovery_disabled/test/positive4.json',
    'datadog-iac-scanner/assets/queries/cloudFormation/aws/dynamodb_table_point_in_time_recovery_disabled/test/positive6.json',
    'rain/test/templates/invalid.template',
    'trivy-checks-examples/cloud/aws/iam/no_policy_wildcards/cloudformation_bad_0.yaml',
  ],
  // cfn-lint's templates with conditions that refer to each other in a cycle.
  'cfn-condition-cycle': [
    'cfn-lint/test/fixtures/templates/bad/conditions/and.yaml',
    'cfn-lint@v0-2023-10/test/fixtures/templates/bad/conditions/not.yaml',
    'cfn-lint@v0-2023-10/test/fixtures/templates/bad/conditions/or.yaml',
  ],
  'hcl-syntax': [
    'checkov/tests/terraform/checks/data/aws/example_AdminPolicyDocument/main.tf',
    'checkov/tests/terraform/checks/data/aws/example_StarActionPolicyDocument/main.tf',
    'checkov/tests/terraform/checks/resource/alicloud/example_RDSInstanceSSL/main.tf',
    'checkov/tests/terraform/checks/resource/oci/example_SecurityListUnrestrictedIngress22/main.tf',
    'checkov/tests/terraform/graph/checks/resources/S3BucketVersioning/main.tf',
    'checkov/tests/terraform/graph/checks_infra/attribute_solvers/cidr_range_not_subset_solver/resources/main.tf',
    'checkov/tests/terraform/graph/checks_infra/attribute_solvers/cidr_range_subset_solver/resources/main.tf',
    'checkov/tests/terraform/graph/resources/variable_rendering/render_from_module_def_sg/main.tf',
    'checkov/tests/terraform/graph/variable_rendering/test_resources/list_entry_module_var/module/main.tf',
    'checkov/tests/terraform/parser/resources/hcl_timeout/main.tf',
    'checkov/tests/terraform/parser/resources/parser_scenarios/bad_tf_nested_modules_enable/skip_bad_tf_example.tf',
    'checkov/tests/terraform/parser/resources/parser_scenarios/maze_of_variables/maze.tf',
    'checkov/tests/terraform/parser/skip_bad_tf_example.tf',
    'checkov/tests/terraform/runner/resources/example/example.tf',
    'checkov/tests/terraform/runner/resources/example/invalid.tf',
    'checkov/tests/terraform/runner/resources/hcl_timeout/main.tf',
    'checkov/tests/terraform/runner/resources/invalid_terraform_syntax/bad_tf_1.tf',
    'checkov/tests/terraform/runner/resources/invalid_terraform_syntax/bad_tf_2.tf',
    'checkov/tests/terraform/runner/resources/unbalanced_eval_brackets/main.tf',
    'terrascan/pkg/http-server/testdata/invalid.tf',
    'terrascan/pkg/iac-providers/terraform/v12/testdata/empty.tf',
    'terrascan/pkg/iac-providers/terraform/v14/testdata/empty.tf',
    'terrascan/pkg/iac-providers/terraform/v15/testdata/empty.tf',
  ],
};

/**
 * How many diagnostics of each code the whole run gives (a file may have several).
 * Errors: the files above (several errors in some of them). Warnings and notes
 * do not fail the run; they say what was not checked.
 */
const COUNTS: Record<string, number> = {
  'json-syntax': 5,
  'yaml-syntax': 10,
  'duplicate-key': 5,
  // One per broken block: a top-level block with an error is skipped and the file read on (was 33 with hcl2json's cascades).
  'hcl-syntax': 25,
  // Rain's !Rain::Embed / !Rain::Module / !Rain::S3 / !Rain::Constant / !Rain::Env pre-processor
  // tags, rain's own !Equals: test input and cfn-lint's !BadFunc: kept as written, not evaluated.
  'unknown-tag': 69,
  // A Resources entry without a Type: Fn::ForEach (language extensions), Rain modules
  // (`Network: {Source: ...}`), and test templates with misplaced keys under Resources.
  'cfn-invalid-resource': 23,
  // Wrong shapes (see PARSE_FAILURES), several in some files.
  'cfn-template-shape': 15,
  'cfn-condition-cycle': 3,
  // Nested stacks: S3 or computed TemplateURLs and Serverless Application Repository apps (notes),
  // local child templates that are not in the corpus, parameters passed that the child does not declare.
  'nested-stack-not-followed': 144,
  'nested-stack-not-found': 6,
  'nested-stack-parameter-undeclared': 5,
  // Template files with several YAML documents.
  'yaml-multiple-documents': 4,
  // A tag on a mapping key (`!ImportValue` in cfn-lint's parse_invalid_map.yaml, a bare `!`).
  'key-tag': 4,
  // Multi-line quoted strings indented less than their key (accepted by CloudFormation's YAML 1.1, not by YAML 1.2).
  'yaml-quoted-indent': 3,
  // Calls whose code iac-lint cannot know without a download (SPEC §1 "Modules", 4.): mostly registry
  // modules outside the catalog (terraform-aws-modules/vpc/aws 92, s3-bucket 74, eks 42, ...), then git,
  // http and S3 sources, local sources whose directory holds no .tf files, and checkov's
  // resource_ids_nested_modules, which calls its own directory (the cycle is cut).
  'module-not-followed': 620,
  // for_each over a list (Terraform rejects it): checkov's own test configurations (foreach_module*,
  // parser_dup_nested, example_EC2PublicIP_foreach, example_RDSCACertIsRecent).
  'tf-invalid-for-each': 10,
};

describe.skipIf(!present)('the whole corpus through lint()', () => {
  let result: LintResult;
  beforeAll(async () => {
    result = await lint({ paths: ['.'], cwd: CORPUS });
  }, 600_000);

  it('gives no internal error and no diagnostic of an unexpected kind', () => {
    const counts: Record<string, number> = {};
    for (const d of result.diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
    expect(counts).toEqual(COUNTS);
    for (const d of result.diagnostics) {
      expect(d.message).not.toMatch(/\n\s+at \S/);
      if (d.severity === 'error') expect(d.range, `${d.file}: ${d.message}`).toBeDefined();
    }
  });

  it('fails to parse exactly the known broken files', () => {
    const failures: Record<string, string[]> = {};
    for (const d of result.diagnostics.filter((x) => x.severity === 'error')) (failures[d.code] ??= []).push(d.file);
    for (const code of Object.keys(failures)) failures[code] = [...new Set(failures[code])].sort();
    expect(failures).toEqual(PARSE_FAILURES);
  });

  it('still lints everything else: thousands of files, hundreds of findings, all RDS-030', () => {
    expect(result.filesScanned).toBeGreaterThan(9000);
    expect(result.findings.length).toBeGreaterThan(300);
    expect(new Set(result.findings.map((f) => f.ruleId))).toEqual(new Set(['RDS-030']));
    const formats = new Set(result.findings.map((f) => f.resource.format));
    expect(formats).toEqual(new Set(['cloudformation', 'terraform']));
  });

  it('gives a SARIF log valid against the schema, with every diagnostic as a notification, and parseable JSON', () => {
    const ctx = { cwd: CORPUS, color: false, toolVersion: '0.0.0' };
    const log = JSON.parse(sarifReporter(result, ctx)) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[] }[] };
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results).toHaveLength(result.findings.length);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(result.diagnostics.length);
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
    const json = JSON.parse(jsonReporter(result, ctx)) as { diagnostics: unknown[] };
    expect(json.diagnostics).toHaveLength(result.diagnostics.length);
  });
});
