/**
 * A small position-aware JSON reader (RFC 8259) that builds model Nodes with
 * exact ranges. It keeps its own stack instead of recursing, so a file nested
 * 100,000 levels deep is read, not a stack overflow. Strings are decoded by
 * JSON.parse on their exact source slice, so escapes behave as in JSON.parse.
 *
 * Chosen over reading JSON with the `yaml` package: `yaml` accepts what JSON
 * rejects (comments, trailing commas, unquoted strings), recurses while
 * composing, and was ~5x slower on the corpus JSON templates.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import { compact, type MapEntry, type MapNode, type Node, type ScalarNode, type SeqNode } from '../../model/node.js';
import { quote } from '../../model/quote.js';
import { startOffset, type LineIndex } from '../../model/range.js';
import { RecentStrings } from '../recent-strings.js';
import { KeyTracker } from './duplicate-keys.js';
import { tick } from '../../model/time-budget.js';

type JsonReadResult = { root: Node; diagnostics: Diagnostic[] } | { root: undefined; diagnostics: Diagnostic[] };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Frame =
  | { kind: 'map'; node: MapNode; keys: KeyTracker; pendingKey?: { key: string; keyRange: MapEntry['keyRange'] } }
  | { kind: 'seq'; node: SeqNode };

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

export function readJson(file: string, text: string, index: LineIndex): JsonReadResult {
  const diagnostics: Diagnostic[] = [];
  try {
    const root = new JsonReader(file, text, index, diagnostics).read();
    return { root, diagnostics };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    diagnostics.push({
      file,
      severity: 'error',
      code: 'json-syntax',
      message: `JSON syntax error: ${e.message}`,
      range: index.range(e.offset, Math.min(e.offset + 1, text.length)),
    });
    return { root: undefined, diagnostics };
  }
}

class JsonReader {
  private pos = 0;
  /** Keys and short values, one string per repeated text (a copy each was ~9% of a large template's model). */
  private readonly strings: RecentStrings;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly index: LineIndex,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.strings = new RecentStrings(text);
  }

  read(): Node {
    const stack: Frame[] = [];
    let root: Node | undefined;
    // Each turn reads one value (or closes containers) at the current position.
    for (;;) {
      tick();
      this.skipSpace();
      const frame = stack[stack.length - 1];
      if (frame?.kind === 'map' && !frame.pendingKey) {
        // Expecting a key or '}'.
        if (this.peek() === '}' && frame.node.entries.length === 0) {
          this.pos++;
          if (this.finish(stack, (n) => (root = n))) break;
          continue;
        }
        const keyStart = this.pos;
        if (this.peek() !== '"') this.fail(`expected a string key`);
        const key = this.string();
        const keyRange = this.index.range(keyStart, this.pos);
        frame.keys.add(key, keyRange);
        this.skipSpace();
        if (this.peek() !== ':') this.fail(`expected ':' after key ${quote(key)}`);
        this.pos++;
        this.skipSpace();
        frame.pendingKey = { key, keyRange };
      }
      if (frame?.kind === 'seq' && this.peek() === ']' && frame.node.items.length === 0) {
        this.pos++;
        if (this.finish(stack, (n) => (root = n))) break;
        continue;
      }
      const start = this.pos;
      const c = this.peek();
      if (c === '{' || c === '[') {
        this.pos++;
        const range = this.index.range(start, start + 1);
        if (c === '{') {
          const node: MapNode = { kind: 'map', entries: [], range };
          stack.push({ kind: 'map', node, keys: new KeyTracker(this.file, this.diagnostics) });
        } else {
          stack.push({ kind: 'seq', node: { kind: 'seq', items: [], range } });
        }
        continue;
      }
      const value = this.scalar();
      if (this.attach(stack, value, (n) => (root = n))) break;
    }
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON value');
    return root!;
  }

  /** Adds a finished value to the innermost container; returns true when the root is complete. */
  private attach(stack: Frame[], value: Node, setRoot: (n: Node) => void): boolean {
    let v = value;
    for (;;) {
      const frame = stack[stack.length - 1];
      if (!frame) {
        setRoot(v);
        return true;
      }
      if (frame.kind === 'map') {
        const { key, keyRange } = frame.pendingKey!;
        frame.node.entries.push({ key, keyRange, value: v });
        frame.pendingKey = undefined;
      } else frame.node.items.push(v);
      // After a value: ',' continues this container, a closing bracket ends it.
      this.skipSpace();
      const c = this.peek();
      if (c === ',') {
        this.pos++;
        return false;
      }
      const close = frame.kind === 'map' ? '}' : ']';
      if (c !== close) this.fail(`expected ',' or '${close}'`);
      this.pos++;
      stack.pop();
      frame.node.range = this.index.range(startOffset(frame.node.range), this.pos);
      if (frame.kind === 'map') frame.node.entries = compact(frame.node.entries);
      else frame.node.items = compact(frame.node.items);
      v = frame.node;
    }
  }

  /** Closes an empty container that was just ended. */
  private finish(stack: Frame[], setRoot: (n: Node) => void): boolean {
    const frame = stack.pop()!;
    frame.node.range = this.index.range(startOffset(frame.node.range), this.pos);
    return this.attach(stack, frame.node, setRoot);
  }

  private scalar(): ScalarNode {
    const start = this.pos;
    const c = this.peek();
    let value: ScalarNode['value'];
    if (c === '"') value = this.string();
    else if (this.text.startsWith('true', start)) {
      value = true;
      this.pos += 4;
    } else if (this.text.startsWith('false', start)) {
      value = false;
      this.pos += 5;
    } else if (this.text.startsWith('null', start)) {
      value = null;
      this.pos += 4;
    } else {
      NUMBER.lastIndex = start;
      const m = NUMBER.exec(this.text);
      if (!m) this.fail(c === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(c)}`);
      value = Number(m[0]);
      this.pos += m[0].length;
    }
    return { kind: 'scalar', value, range: this.index.range(start, this.pos) };
  }

  private string(): string {
    const start = this.pos;
    let i = start + 1;
    const text = this.text;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) this.fail('unterminated string', start);
      if (c === 34 /* " */) break;
      if (c === 92 /* \ */) {
        escaped = true;
        i += 2;
      } else if (c < 0x20) this.fail('control character in string', i);
      else i++;
    }
    this.pos = i + 1;
    // Without an escape the value is the text between the quotes.
    if (!escaped) return this.strings.slice(start + 1, i);
    try {
      return JSON.parse(text.slice(start, this.pos)) as string;
    } catch {
      return this.fail('invalid escape in string', start);
    }
  }

  private skipSpace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.pos = i;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, offset);
  }
}
