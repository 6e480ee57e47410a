import yaml from 'js-yaml';
import * as cfnSchema from 'cloudformation-js-yaml-schema';

// ---------------------------------------------------------------------------
// The YAML oracle: js-yaml 3 + cloudformation-js-yaml-schema.
//
// The package's stock tag list (tags.json) lacks forms CloudFormation accepts
// (`!Base64 text`, `!GetAZs ""`, `!Select`, `!Transform`, `!Condition` in a
// sequence, ...), which would leave hundreds of templates uncompared, so the
// oracle schema is built with the package's own `build` from every short-form
// name in every node kind. The oracle's tag objects ({class, name, data}) are
// normalized to the long form: `!Ref x` → {Ref: x}, `!GetAtt a.b.c` →
// {"Fn::GetAtt": ["a", "b.c"]}, `!X v` → {"Fn::X": v}. js-yaml's `json: true`
// makes duplicate keys "last wins", as here.
// ---------------------------------------------------------------------------

const SHORT_FORMS = [
  'Ref', 'Condition', 'GetAtt', 'Sub', 'Join', 'If', 'Select', 'Split', 'FindInMap', 'Base64', 'Cidr', 'GetAZs',
  'ImportValue', 'Equals', 'Not', 'And', 'Or', 'Transform', 'ToJsonString', 'Length',
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
];

type SchemaModule = { build: (tags: Record<string, string[]>, yamlModule: unknown) => unknown[]; localTags: Record<string, string[]> };
const schemaModule = ((cfnSchema as unknown as { default?: SchemaModule }).default ?? cfnSchema) as unknown as SchemaModule;
const ORACLE_SCHEMA = yaml.Schema.create(
  schemaModule.build({ scalar: SHORT_FORMS, sequence: SHORT_FORMS, mapping: SHORT_FORMS }, yaml) as yaml.Type[],
);

export function oracleLoad(text: string): unknown[] {
  const docs: unknown[] = [];
  yaml.loadAll(text.replace(/^\uFEFF/, ''), (d) => docs.push(d), { schema: ORACLE_SCHEMA, json: true });
  return docs;
}

export function normalizeOracle(value: unknown): unknown {
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(normalizeOracle);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 3 && 'class' in o && 'name' in o && 'data' in o) {
      const name = String(o.name);
      let data = normalizeOracle(o.data);
      if (name === 'GetAtt' && typeof data === 'string') {
        const dot = data.indexOf('.');
        data = dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)];
      }
      return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: data };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = normalizeOracle(v);
    return out;
  }
  return value;
}

