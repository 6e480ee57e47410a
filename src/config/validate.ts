/**
 * A small JSON Schema validator for the configuration file, driven by the
 * schema that ships with the package (schemas/iac-lint-config.schema.json).
 *
 * It knows the keywords that schema uses — type, enum, properties,
 * additionalProperties, propertyNames, items, pattern, minLength,
 * exclusiveMinimum, $ref to #/definitions — and refuses a schema that uses
 * any other (a test runs it on the shipped schema and compares it with ajv).
 * Why not ajv at run time: loading and compiling ajv costs more than the
 * whole lint of a small template (see README, "Adopting iac-lint").
 */

export interface SchemaError {
  /** Path of keys to the value (`["severity", "RDS-030"]`); empty for the root. */
  path: string[];
  /** The offending key itself, rather than its value (an unknown key, a bad property name). */
  atKey: boolean;
  message: string;
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface Schema {
  type?: JsonType | JsonType[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  pattern?: string;
  minLength?: number;
  exclusiveMinimum?: number;
  $ref?: string;
  definitions?: Record<string, Schema>;
  description?: string;
  title?: string;
  $schema?: string;
  $id?: string;
}

const KNOWN_KEYWORDS = new Set([
  'type', 'enum', 'properties', 'additionalProperties', 'propertyNames', 'items', 'pattern', 'minLength',
  'exclusiveMinimum', '$ref', 'definitions', 'description', 'title', '$schema', '$id',
]);

/** The keywords of `schema` (and its subschemas) that this validator does not implement. */
export function unsupportedKeywords(schema: Schema): string[] {
  const out = new Set<string>();
  const visit = (s: Schema): void => {
    for (const key of Object.keys(s)) if (!KNOWN_KEYWORDS.has(key)) out.add(key);
    for (const sub of Object.values(s.properties ?? {})) visit(sub);
    for (const sub of Object.values(s.definitions ?? {})) visit(sub);
    for (const sub of [s.items, s.propertyNames, typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined]) if (sub) visit(sub);
  };
  visit(schema);
  return [...out].sort();
}

export function validate(value: unknown, schema: Schema): SchemaError[] {
  const errors: SchemaError[] = [];
  check(value, schema, schema, [], false, errors);
  return errors;
}

function check(value: unknown, schema: Schema, root: Schema, path: string[], atKey: boolean, errors: SchemaError[]): void {
  if (schema.$ref) {
    const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? root.definitions?.[name] : undefined;
    if (!target) throw new Error(`schema: cannot resolve ${schema.$ref}`);
    check(value, target, root, path, atKey, errors);
    return;
  }
  const fail = (message: string, onKey = atKey): void => {
    errors.push({ path, atKey: onKey, message });
  };
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) {
      fail(`must be ${types.map(article).join(' or ')}, not ${describe(value)}`);
      return;
    }
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    fail(`must be one of ${schema.enum.map((e) => String(e)).join(', ')}; got ${describe(value)}`);
    return;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`);
    else if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail(`${JSON.stringify(value)} does not look like ${patternName(schema)}`);
  }
  if (typeof value === 'number' && schema.exclusiveMinimum !== undefined && !(value > schema.exclusiveMinimum)) {
    fail(`must be greater than ${schema.exclusiveMinimum}; got ${value}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => check(item, schema.items!, root, [...path, String(i)], false, errors));
  }
  if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = [...path, key];
      if (schema.propertyNames) check(key, schema.propertyNames, root, keyPath, true, errors);
      const sub = schema.properties?.[key];
      if (sub) check(item, sub, root, keyPath, false, errors);
      else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        const near = known.find((k) => k.replace(/[-_]/g, '').toLowerCase() === key.replace(/[-_]/g, '').toLowerCase());
        errors.push({ path: keyPath, atKey: true, message: `unknown key${near ? ` (did you mean ${near}?)` : `; known keys: ${known.join(', ')}`}` });
      } else if (typeof schema.additionalProperties === 'object') check(item, schema.additionalProperties, root, keyPath, false, errors);
    }
  }
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function article(type: JsonType): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : type === 'integer' ? 'an integer' : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  return `${typeof value} ${String(value)}`;
}

function patternName(schema: Schema): string {
  return schema.description ?? `/${schema.pattern}/`;
}
