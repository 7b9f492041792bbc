import fc from 'fast-check';

/**
 * fast-check arbitraries for requests, made from the API's own OpenAPI document: mostly values of
 * the documented shape (so requests reach the rules behind validation), mixed with hostile ones —
 * wrong types, nulls, unknown fields, text PostgreSQL cannot store, numbers past its integers,
 * dates in the year 0, very long strings, path traversal and SQL-looking text.
 */
export interface OpenApiSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  example?: unknown;
  additionalProperties?: boolean | OpenApiSchema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

export interface OpenApiOperation {
  parameters?: {
    name: string;
    in: 'path' | 'query' | 'header' | 'cookie';
    required?: boolean;
    schema?: OpenApiSchema;
  }[];
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}

export const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '0000-01-01',
  '9999-12-31T23:59:60Z',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  '🙂'.repeat(50),
  'x'.repeat(10_001),
  '00000000-0000-0000-0000-000000000000',
] as const;

export const HOSTILE_NUMBERS = [
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
] as const;

const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

function resolve(schema: OpenApiSchema, document: OpenApiDocument): OpenApiSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return document.components?.schemas?.[name] ?? {};
}

function documented(schema: OpenApiSchema, document: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(schema, document);
  // The document's own examples are real values (a framework item id, a version): they reach the rules.
  if (s.example !== undefined) {
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant(s.example) },
      { weight: 1, arbitrary: shaped(s, document, depth) },
    );
  }
  return shaped(s, document, depth);
}

function shaped(s: OpenApiSchema, document: OpenApiDocument, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (s.allOf?.length)
    return documented(Object.assign({}, ...s.allOf.map((part) => resolve(part, document))), document, depth);
  const choices = s.oneOf ?? s.anyOf;
  if (choices?.length) return fc.oneof(...choices.map((choice) => documented(choice, document, depth + 1)));
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type ?? (s.properties ? 'object' : undefined)) {
    case 'string':
      if (s.format === 'uuid') return fc.uuid();
      if (s.format === 'date')
        return fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: Math.min(s.maxLength ?? 40, 200) });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -5, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -5, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueArbitrary(s.items ?? {}, document, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object': {
      const properties = s.properties ?? {};
      const required = new Set(s.required ?? []);
      const shape = Object.fromEntries(
        Object.entries(properties).map(([key, child]) => [key, valueArbitrary(child, document, depth + 1)]),
      );
      return fc.record(shape, { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) });
    }
    default:
      return anything;
  }
}

/** A value for `schema`: documented most of the time, hostile the rest. */
export function valueArbitrary(schema: OpenApiSchema, document: OpenApiDocument, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: documented(schema, document, depth) },
    { weight: 1, arbitrary: anything },
    {
      weight: 1,
      arbitrary: documented(schema, document, depth).chain((value) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? fc.record({ extra: anything }).map((extra) => ({ ...value, ...extra }))
          : fc.constant(value),
      ),
    },
  );
}

/** A path parameter: an id the test knows (so requests reach records), a random one, or hostile text. */
export function pathParameterArbitrary(knownIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length < 1000)) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  );
}
