import { randomUUID } from 'node:crypto';
import { escapeData, escapeProperty } from '../reporters/github.js';

/** `::error title=…::message`, one line, ending in a newline. */
export function errorCommand(message: string, title = 'iac-lint'): string {
  return `::error title=${escapeProperty(title)}::${escapeData(message)}\n`;
}

/** `::warning title=…::message`, one line, ending in a newline. */
export function warningCommand(message: string, title = 'iac-lint'): string {
  return `::warning title=${escapeProperty(title)}::${escapeData(message)}\n`;
}

/**
 * Text for the log, folded in a group, with workflow commands switched off
 * around it: a line of it (a file name from a pull request) can never be
 * taken for a command.
 */
export function logGroup(title: string, text: string): string {
  const token = `iac-lint-${randomUUID()}`;
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `::group::${escapeData(title)}\n::stop-commands::${token}\n${body}::${token}::\n::endgroup::\n`;
}
