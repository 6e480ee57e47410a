/**
 * The HCL native-syntax lexer: turns text into tokens on demand, from any
 * position (the parser reads template text character by character and comes
 * back to tokens inside `${…}` / `%{…}`). Comments are collected as they are
 * passed, each once, in source order; a line comment ends with the newline
 * token that follows it.
 */
import type { SourceComment } from '../../../model/resource.js';
import { offsetRange, type Position, type Range } from '../../../model/range.js';
import { tick } from '../../../model/time-budget.js';
import type { RecentStrings } from '../../recent-strings.js';

type TokenType = 'ident' | 'number' | 'punct' | 'newline' | 'quote' | 'heredoc' | 'eof' | 'invalid';

export interface Token {
  type: TokenType;
  /** Where the token starts and ends (exclusive), as offsets into the text. */
  start: number;
  end: number;
  /** ident: the name; punct: the operator; heredoc: the marker; invalid: the character. */
  text: string;
  /** heredoc: `<<-`. */
  flush?: boolean;
}

/** Punctuation, longest first where one is a prefix of another. */
const PUNCT2 = new Set(['==', '!=', '<=', '>=', '&&', '||', '=>', '::']);
/** For each first character of a two-character operator, the character codes that may follow it. */
const TWO_SECOND: Array<number[] | undefined> = [];
for (const p of PUNCT2) (TWO_SECOND[p.charCodeAt(0)] ??= []).push(p.charCodeAt(1));
const PUNCT1: Array<string | undefined> = [];
for (const p of '{}[]()=:,.?!+-*/%<>~') PUNCT1[p.charCodeAt(0)] = p;

const IDENT_START = /[\p{ID_Start}_]/uy;
const IDENT_REST = /[\p{ID_Continue}\-]*/uy;
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEREDOC = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}\-]*)(\r?\n)/uy;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

export class Lexer {
  /** Offset of the last comment recorded: the lexer may look at the same text twice. */
  private lastComment = -1;
  readonly comments: SourceComment[] = [];

  constructor(
    readonly text: string,
    /** Maps an offset of `text` to a source position (JSON strings are parsed from their decoded value). */
    readonly position: (offset: number) => Position,
    /** Where the text to read ends. */
    readonly end: number = text.length,
    private readonly keepComments = true,
    /** A file's names and template text, one string per repeated text. */
    private readonly strings?: RecentStrings,
  ) {}

  /** `text.slice(start, end)`: a name or a run of template text. */
  slice(start: number, end: number): string {
    return this.strings ? this.strings.slice(start, end) : this.text.slice(start, end);
  }

  range(start: number, end: number): Range {
    return offsetRange(this.position, start, end);
  }

  private lastScan: Token | undefined;
  private lastScanAt = -1;

  /** The next token at or after `pos` (spaces and comments skipped). */
  scan(pos: number): Token {
    if (pos === this.lastScanAt) return this.lastScan!;
    const t = this.read(pos);
    this.lastScanAt = pos;
    this.lastScan = t;
    return t;
  }

  private read(pos: number): Token {
    tick();
    const s = this.text;
    const end = this.end;
    let i = pos;
    for (;;) {
      if (i >= end) return { type: 'eof', start: end, end, text: '' };
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9) {
        i++;
        continue;
      }
      if (c === 10) return { type: 'newline', start: i, end: i + 1, text: '\n' };
      if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) return { type: 'newline', start: i, end: i + 2, text: '\n' };
        i++;
        continue;
      }
      if (c === 35 /* # */ || (c === 47 /* / */ && s.charCodeAt(i + 1) === 47)) {
        const markerEnd = c === 35 ? i + 1 : i + 2;
        let j = markerEnd;
        while (j < end && s.charCodeAt(j) !== 10) j++;
        const textEnd = j > markerEnd && s.charCodeAt(j - 1) === 13 ? j - 1 : j;
        this.comment(i, markerEnd, textEnd, textEnd);
        i = j;
        continue;
      }
      if (c === 47 && s.charCodeAt(i + 1) === 42 /* * */) {
        const close = s.indexOf('*/', i + 2);
        if (close < 0 || close + 2 > end) return { type: 'invalid', start: i, end: end, text: '/*' };
        this.comment(i, i + 2, close, close + 2);
        i = close + 2;
        continue;
      }
      break;
    }
    const c = s.charCodeAt(i);
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < end && isIdentPart(s.charCodeAt(j))) j++;
      if (j < end && s.charCodeAt(j) > 127) return this.unicodeIdent(i);
      return { type: 'ident', start: i, end: j, text: this.slice(i, j) };
    }
    if (c >= 48 && c <= 57) {
      NUMBER.lastIndex = i;
      NUMBER.exec(s);
      const j = Math.min(NUMBER.lastIndex, end);
      return { type: 'number', start: i, end: j, text: s.slice(i, j) };
    }
    if (c === 34 /* " */) return { type: 'quote', start: i, end: i + 1, text: '"' };
    if (c === 60 /* < */ && s.charCodeAt(i + 1) === 60) {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(s);
      if (m && HEREDOC.lastIndex <= end) return { type: 'heredoc', start: i, end: HEREDOC.lastIndex, text: m[2]!, flush: m[1] === '-' };
    }
    if (c > 127) {
      IDENT_START.lastIndex = i;
      if (IDENT_START.test(s)) return this.unicodeIdent(i);
    }
    if (c === 46 /* . */ && s.charCodeAt(i + 1) === 46 && s.charCodeAt(i + 2) === 46 && i + 3 <= end) return { type: 'punct', start: i, end: i + 3, text: '...' };
    const next = s.charCodeAt(i + 1);
    if (i + 2 <= end && TWO_SECOND[c] !== undefined && TWO_SECOND[c]!.includes(next)) {
      const two = s.slice(i, i + 2);
      if (PUNCT2.has(two)) return { type: 'punct', start: i, end: i + 2, text: two };
    }
    const one = PUNCT1[c];
    if (one !== undefined) return { type: 'punct', start: i, end: i + 1, text: one };
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    return { type: 'invalid', start: i, end: i + width, text: s.slice(i, i + width) };
  }

  private unicodeIdent(i: number): Token {
    IDENT_START.lastIndex = i;
    IDENT_START.exec(this.text);
    IDENT_REST.lastIndex = IDENT_START.lastIndex;
    IDENT_REST.exec(this.text);
    const j = Math.min(IDENT_REST.lastIndex, this.end);
    return { type: 'ident', start: i, end: j, text: this.text.slice(i, j) };
  }

  private comment(start: number, textStart: number, textEnd: number, end: number): void {
    if (!this.keepComments || start <= this.lastComment) return;
    this.lastComment = start;
    this.comments.push({ text: this.text.slice(textStart, textEnd), range: this.range(start, end) });
  }
}
