/**
 * A tiny JSON Schema (draft 2020-12) validator for exactly the keywords docs/export.schema.json
 * uses; any other keyword throws, so the schema cannot silently outgrow the check.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'pattern',
  'minimum',
  'anyOf',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (Number.isInteger(v)) return 'integer';
  return typeof v;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Error messages (`$.path: problem`), empty when `value` is valid. */
export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  walk(root, root, value, '$', errors);
  return errors;
}

function walk(root: Schema, schema: Schema, v: unknown, path: string, errors: string[]): void {
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !KEYWORDS.has(key))
      throw new Error(`mini-schema: unsupported ${key} at ${path}`);
  }
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? (root.$defs as Record<string, Schema>)[name] : undefined;
    if (!target) throw new Error(`mini-schema: unresolved ${schema.$ref}`);
    walk(root, target, v, path, errors);
  }
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    const t = typeOf(v);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) {
      errors.push(`${path}: ${t} is not ${types.join('|')}`);
    }
  }
  if ('const' in schema && !sameJson(schema.const, v))
    errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => sameJson(e, v))) {
    errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
  }
  if (
    typeof schema.pattern === 'string' &&
    typeof v === 'string' &&
    !new RegExp(schema.pattern, 'u').test(v)
  ) {
    errors.push(`${path}: does not match ${schema.pattern}`);
  }
  if (typeof schema.minimum === 'number' && typeof v === 'number' && v < schema.minimum) {
    errors.push(`${path}: below minimum`);
  }
  if (Array.isArray(schema.anyOf)) {
    const ok = schema.anyOf.some((branch) => {
      const found: string[] = [];
      walk(root, branch as Schema, v, path, found);
      return found.length === 0;
    });
    if (!ok) errors.push(`${path}: matches none of anyOf`);
  }
  if (typeOf(v) === 'object') {
    const obj = v as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const req of (schema.required ?? []) as string[])
      if (!(req in obj)) errors.push(`${path}: missing ${req}`);
    for (const [k, child] of Object.entries(obj)) {
      const sub = props[k];
      if (sub) walk(root, sub, child, `${path}.${k}`, errors);
      else if (schema.additionalProperties === false && schema.properties)
        errors.push(`${path}: unexpected ${k}`);
    }
  }
  if (Array.isArray(v) && schema.items) {
    for (const [i, item] of v.entries()) walk(root, schema.items as Schema, item, `${path}[${i}]`, errors);
  }
}
