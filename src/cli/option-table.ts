import { DEFAULT_MAX_FILE_SIZE_MB } from '../discover/read.js';
import { FAIL_ON_CHOICES } from './exit-code.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * One command-line option. The table below is the one definition of the
 * command line: the fast parser (src/cli/arguments.ts, yargs-parser) and
 * the full yargs definition that prints help, the version and usage errors
 * (src/cli/yargs-cli.ts) are both made from it.
 */
interface OptionSpec {
  name: string;
  alias?: string;
  type: 'string' | 'boolean';
  /** The option needs a value (`--format` alone is a usage error). */
  requiresArg?: boolean;
  default?: string | boolean;
  describe: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'format',
    alias: 'f',
    type: 'string',
    requiresArg: true,
    describe: `Report format, FORMAT or FORMAT:FILE (repeatable: -f text -f sarif:out.sarif); one of ${FORMATS.join(', ')} (default text)`,
  },
  {
    name: 'output',
    alias: 'o',
    type: 'string',
    requiresArg: true,
    describe: 'Write the report of the --format given without a file to FILE (atomically; devices and FIFOs in place); the text report stays on the console',
  },
  { name: 'strict', type: 'boolean', default: false, describe: 'Also report values and engines that cannot be resolved statically' },
  {
    name: 'fail-on',
    type: 'string',
    requiresArg: true,
    default: 'any',
    describe: `Lowest severity that makes the exit code 1, any case: ${FAIL_ON_CHOICES.join(', ')} (levels: note=low, warning=medium, error=high)`,
  },
  { name: 'soft-fail', type: 'boolean', default: false, describe: 'Exit 0 whatever is found (usage errors still exit 2)' },
  { name: 'quiet', alias: 'q', type: 'boolean', default: false, describe: 'Text output: findings only (no input problems, no summary, no progress)' },
  { name: 'list-rules', type: 'boolean', default: false, describe: 'List the rules (id, title, severity) and exit' },
  { name: 'rule', type: 'string', requiresArg: true, describe: 'Run only these rules (repeatable, comma-separated)' },
  { name: 'skip-rule', type: 'string', requiresArg: true, describe: 'Do not run these rules (repeatable, comma-separated)' },
  { name: 'exclude', type: 'string', requiresArg: true, describe: 'Skip files and directories matching GLOB (repeatable; relative to the working directory)' },
  { name: 'max-file-size', type: 'string', requiresArg: true, default: String(DEFAULT_MAX_FILE_SIZE_MB), describe: 'Skip files larger than this many MB' },
  {
    name: 'color',
    type: 'string',
    requiresArg: true,
    describe: 'Colour console text: auto (on a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never (--no-color = never)',
  },
  { name: 'sarif-category', type: 'string', requiresArg: true, describe: 'SARIF runAutomationDetails.id (code scanning category)' },
  {
    name: 'plan-root',
    type: 'string',
    requiresArg: true,
    describe: "Directory of the .tf files a plan JSON file was made from (findings point at the definitions there; default: the plan's directory)",
  },
  {
    name: 'shard',
    type: 'string',
    requiresArg: true,
    describe: 'Lint only shard K of N (K/N): files split deterministically, a Terraform directory and the local modules it calls kept together',
  },
  {
    name: 'parameters',
    type: 'string',
    requiresArg: true,
    describe: 'CloudFormation parameter value KEY=VALUE (repeatable; also ParameterKey=K,ParameterValue=V); wins over --parameter-files',
  },
  {
    name: 'parameter-files',
    type: 'string',
    requiresArg: true,
    describe: 'CloudFormation parameter file, JSON or YAML: AWS CLI [{ParameterKey, ParameterValue}], {"Parameters": {...}} or {KEY: VALUE} (repeatable; later wins)',
  },
  // Configuration file, baselines, severity overrides (issue 13).
  {
    name: 'config',
    type: 'string',
    requiresArg: true,
    describe: 'Use this configuration file (default: the nearest .iac-lint.yaml/.yml/.json from here up to the repository root)',
  },
  { name: 'print-config', type: 'boolean', default: false, describe: 'Print the settings in effect (configuration file merged with the command line) and exit' },
  { name: 'severity', type: 'string', requiresArg: true, describe: "Override a rule's severity, RULE=low|medium|high|critical (repeatable)" },
  { name: 'baseline', type: 'string', requiresArg: true, describe: 'Report only findings not recorded in this baseline file; list its entries that no longer match' },
  {
    name: 'write-baseline',
    type: 'string',
    requiresArg: true,
    describe: 'Record the findings of this run in a baseline file (sorted, stable JSON) and exit 0 unless an input could not be read',
  },
  { name: 'var', type: 'string', requiresArg: true, describe: 'Terraform: set a root variable, NAME=VALUE (repeatable; with --var-file, in the order given: later wins)' },
  {
    name: 'var-file',
    type: 'string',
    requiresArg: true,
    describe: 'Terraform: read root variable values from FILE, HCL or JSON (repeatable; later wins; over *.auto.tfvars and terraform.tfvars)',
  },
  // Fixes (SPEC §8)
  { name: 'fix', type: 'boolean', default: false, describe: 'Fix findings in place where a safe fix exists, then report what remains' },
  { name: 'unsafe-fixes', type: 'boolean', default: false, describe: 'With --fix: also apply unsafe fixes (a parameter or variable default, a tfvars value, a local)' },
  { name: 'dry-run', type: 'boolean', default: false, describe: 'With --fix: print a unified diff of the fixes instead of writing them' },
];

/** yargs's parser settings, the same on both paths. */
export const PARSER_CONFIGURATION = { 'parse-positional-numbers': false, 'parse-numbers': false } as const;
