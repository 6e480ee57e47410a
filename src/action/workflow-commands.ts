/** Escapes the message of a workflow command (`::error::message`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (`::error title=value::`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error title=…::message`, one line, ending in a newline. */
export function errorCommand(message: string, title = 'iac-lint'): string {
  return `::error title=${escapeProperty(title)}::${escapeData(message)}\n`;
}
