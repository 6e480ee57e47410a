import yargs from 'yargs';
import { OPTIONS, PARSER_CONFIGURATION } from './option-table.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const EPILOG = `Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, or an input could not be read or parsed or was skipped unread (the rest is still
     linted and reported)
  With --soft-fail: 0 in every case but a usage error.`;

/**
 * The full yargs command line, with its help layout (cliui, string-width):
 * loaded only for `--help`, `--version` and usage errors, which the fast
 * parser in arguments.ts hands over to it. Returns the parsed arguments and
 * the text yargs printed (help or version), or throws a UsageError.
 */
export async function parseWithYargs(argv: string[], config?: Record<string, unknown>): Promise<{ argv: Record<string, unknown>; output: string }> {
  let parser = yargs(argv)
    .scriptName('iac-lint')
    .usage('Usage: $0 [paths..] [options]\n\nLint CloudFormation templates and Terraform configurations (default path: .)')
    .locale('en')
    .wrap(100)
    .parserConfiguration(PARSER_CONFIGURATION);
  for (const { name, ...spec } of OPTIONS) parser = parser.option(name, spec);
  if (config) parser = parser.config(config); // a configuration file's settings: the command line wins
  parser = parser
    .epilog(EPILOG)
    .version(VERSION)
    .help()
    .alias('help', 'h')
    .strictOptions()
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? 'invalid arguments');
    });

  return new Promise((resolvePromise, reject) => {
    try {
      void parser.parse(argv, {}, (error, args, output) => {
        if (error) reject(error instanceof UsageError ? error : new UsageError(error.message));
        else resolvePromise({ argv: args as Record<string, unknown>, output });
      });
    } catch (error) {
      reject(error instanceof UsageError ? error : new UsageError(error instanceof Error ? error.message : String(error)));
    }
  });
}
