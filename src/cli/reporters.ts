import type { Format } from './option-table.js';
import { textReporter } from '../reporters/text.js';
import type { Reporter } from '../reporters/types.js';

/**
 * The reporter of a format, loaded when a run asks for it: each format's
 * code (SARIF's fingerprints and node:crypto, JUnit's XML) is in its own
 * chunk of the bundle, so a run pays only for the formats it writes. Text,
 * the default, comes with the CLI.
 */
export async function reporterOf(format: Format): Promise<Reporter> {
  switch (format) {
    case 'text':
      return textReporter;
    case 'json':
      return (await import('../reporters/json.js')).jsonReporter;
    case 'sarif':
      return (await import('../reporters/sarif.js')).sarifReporter;
    case 'github':
      return (await import('../reporters/github.js')).githubReporter;
    case 'junit':
      return (await import('../reporters/junit.js')).junitReporter;
    case 'gitlab':
      return (await import('../reporters/gitlab.js')).gitlabReporter;
  }
}
