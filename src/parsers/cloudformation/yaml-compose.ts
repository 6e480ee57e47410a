/**
 * Parses YAML text into composed `yaml` documents.
 *
 * The short-form intrinsics are registered as tags the composer knows (each
 * name for scalars, sequences and mappings): unknown tags make the composer
 * build a warning Error object, and capturing thousands of stack traces was
 * the largest cost of reading the corpus.
 */
import { Composer, Parser, type Document, type ScalarTag, type CollectionTag } from 'yaml';
import { SHORT_FORM_NAMES } from './intrinsics.js';

const SHORT_FORM_TAGS: Array<ScalarTag | CollectionTag> = SHORT_FORM_NAMES.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value },
] as Array<ScalarTag | CollectionTag>);

const COMPOSE_OPTIONS = { schema: 'failsafe', customTags: SHORT_FORM_TAGS, uniqueKeys: false, prettyErrors: false } as const;

/** A `#` comment token of the CST: its offset and source (marker included). */
export interface CommentToken {
  offset: number;
  source: string;
}

/**
 * Throws RangeError when nesting is too deep for the (recursive) composer.
 * `comments`, when given, receives every comment token of the CST in source
 * order: the comments as the parser sees them (a `#` inside a block scalar or
 * a quoted string is not one).
 */
export function composeYaml(text: string, comments?: CommentToken[]): Document.Parsed[] {
  const composer = new Composer(COMPOSE_OPTIONS);
  const tokens = new Parser().parse(text);
  return Array.from(composer.compose(comments ? withComments(tokens, comments) : tokens)) as Document.Parsed[];
}

function* withComments<T>(tokens: Iterable<T>, comments: CommentToken[]): Generator<T> {
  for (const token of tokens) {
    walkCst([token], (t) => {
      if (t.type === 'comment') comments.push({ offset: t.offset, source: t.source });
    });
    yield token;
  }
}

interface CstToken {
  type: string;
  offset: number;
  source: string;
}

/** Visits every token of a CST without recursion (nesting may be deep). */
export function walkCst(tokens: unknown[], visit: (token: CstToken) => void): void {
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const t = stack.pop();
    if (!t || typeof t !== 'object') continue;
    if (Array.isArray(t)) {
      for (let i = t.length - 1; i >= 0; i--) stack.push(t[i]);
      continue;
    }
    const token = t as Partial<CstToken> & Record<string, unknown>;
    if (typeof token.type === 'string' && typeof token.offset === 'number') visit(token as unknown as CstToken);
    for (const key of ['start', 'key', 'sep', 'value', 'props', 'items', 'end']) {
      const v = token[key];
      if (v && typeof v === 'object') stack.push(v);
    }
  }
}
