import { escapeData, escapeProperty } from '../reporters/github.js';

/** `::error title=…::message`, one line, ending in a newline. */
export function errorCommand(message: string, title = 'iac-lint'): string {
  return `::error title=${escapeProperty(title)}::${escapeData(message)}\n`;
}
