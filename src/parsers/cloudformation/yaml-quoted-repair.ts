/**
 * The repair of multi-line quoted strings indented less than their key
 * (yaml-quoted.ts says why): their line breaks become spaces and the text
 * is parsed again, until every string reads in full.
 */
import { Parser } from 'yaml';
import { walkCst } from './yaml-compose.js';

interface QuoteRepair {
  /** The text with the line breaks of the repaired strings turned into spaces. */
  text: string;
  /** Start offset (the opening quote) → end offset (after the closing quote) of each repaired string. */
  spans: Map<number, number>;
}

const MAX_REPAIRS = 1000;

export function repairUnderIndentedQuotes(original: string): QuoteRepair | undefined {
  let text = original;
  const spans = new Map<number, number>();
  for (let round = 0; round < MAX_REPAIRS; round++) {
    let progress = false;
    for (const { offset, source } of quotedScalarTokens(text)) {
      if (spans.has(offset)) continue;
      const end = closingQuote(text, offset);
      if (end === undefined || end === offset + source.length) continue; // unterminated, or read in full
      text = text.slice(0, offset) + text.slice(offset, end).replace(/[\r\n]/g, ' ') + text.slice(end);
      spans.set(offset, end);
      progress = true;
      break; // the rest of the file reads differently now: parse again
    }
    if (!progress) break;
  }
  return spans.size > 0 ? { text, spans } : undefined;
}

interface QuotedToken {
  offset: number;
  source: string;
}

/** Every quoted scalar token of the text's CST, in file order. */
function quotedScalarTokens(text: string): QuotedToken[] {
  const out: QuotedToken[] = [];
  walkCst(Array.from(new Parser().parse(text)), (token) => {
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') out.push({ offset: token.offset, source: token.source ?? '' });
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Offset just after the quote that closes the string opened at `start`; undefined when it is never closed. */
function closingQuote(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}
