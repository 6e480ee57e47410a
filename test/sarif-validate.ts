import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';

const root = fileURLToPath(new URL('..', import.meta.url));
const SCHEMA = process.env.IAC_LINT_SARIF_SCHEMA ?? resolve(root, 'test/schemas/sarif-schema-2.1.0.json');

/** RFC 3986 URI-reference: only unreserved, reserved and %XX — spaces and non-ASCII must be percent-encoded. */
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

let compiled: ((log: unknown) => boolean) & { errors?: unknown } | undefined;

/** Validates a SARIF log against the official 2.1.0 schema (draft-04), with real checks for its uri formats. */
export function validateSarif(log: unknown): string[] {
  if (!compiled) {
    const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URI_REFERENCE.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
    ajv.addFormat('uri-reference', (s: string) => URI_REFERENCE.test(s));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
  }
  if (compiled(log)) return [];
  return ((compiled.errors ?? []) as { instancePath: string; message?: string }[]).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
