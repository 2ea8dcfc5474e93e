import type { FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Writes a value as JSON text; undefined where JSON.stringify would leave the value out. */
type Write = (value: unknown) => string | undefined;

type Schema = z.core.$ZodType;

/**
 * Response bodies are written from the route's zod schema the way fastify-type-provider-zod writes
 * them — `JSON.stringify(schema.encode(value))`: the schema's keys in its order, unknown keys left
 * out, overwrites such as `.trim()` applied — but without checking the value again on every
 * response. Checking a household page (25 households, ~75 members) cost about a fifth of the
 * server's time for it; the values are built by our own mappers from checked data. Schemas this
 * does not know how to write (unions, records, pipes, loose objects…) fall back to zod for that
 * part. Tests run it beside zod's serializer and fail when the two differ (`verifyResponses`).
 */
export function compileSerializer(schema: Schema): (value: unknown) => string {
  const write = writer(schema);
  // As JSON.stringify(undefined): no text at all.
  return (value) => write(value) as string;
}

/** The zod way, for what the compiled writers do not cover (it throws on an invalid value). */
function viaZod(schema: Schema): Write {
  return (value) => JSON.stringify(z.encode(schema, value));
}

// JSON.stringify is typed as returning a string, but gives undefined for undefined.
const json: Write = (value) => JSON.stringify(value);

/** Types whose JSON is the value's own: encoding returns them as they are (after overwrites). */
const PLAIN = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal', 'unknown', 'any']);

function writer(schema: Schema): Write {
  const write = shapeWriter(schema);
  const overwrites = (schema._zod.def.checks ?? [])
    .map((check) => check._zod.def)
    .filter((def): def is z.core.$ZodCheckOverwriteDef => def.check === 'overwrite');
  if (overwrites.length === 0) return write;
  return (value) => write(overwrites.reduce((v, def) => def.tx(v), value));
}

function shapeWriter(schema: Schema): Write {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  if (PLAIN.has(def.type)) return json;
  if (def.type === 'nullable') {
    const inner = writer(def.innerType);
    return (value) => (value === null ? 'null' : inner(value));
  }
  if (def.type === 'optional') {
    const inner = writer(def.innerType);
    return (value) => (value === undefined ? undefined : inner(value));
  }
  // Encoding does not apply defaults (a missing value is invalid), so a default writes its inner type.
  if (def.type === 'default' || def.type === 'readonly') return writer(def.innerType);
  if (def.type === 'array') return arrayWriter(schema, writer(def.element));
  // A strict object's catchall is `never`: like a plain one, it has only its own keys.
  const strict = def.type === 'object' && def.catchall?._zod.def.type === 'never';
  if (def.type === 'object' && (!def.catchall || strict)) return objectWriter(schema, def.shape);
  return viaZod(schema);
}

function arrayWriter(schema: Schema, element: Write): Write {
  const fallback = viaZod(schema);
  return (value) => {
    if (!Array.isArray(value)) return fallback(value);
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // As in JSON.stringify, an undefined element is written as null.
      out += element(value[i]) ?? 'null';
    }
    return out + ']';
  };
}

function objectWriter(schema: Schema, shape: z.core.$ZodShape): Write {
  const fallback = viaZod(schema);
  const fields = Object.entries(shape).map(([key, fieldSchema]) => ({
    key,
    prefix: `${JSON.stringify(key)}:`,
    write: writer(fieldSchema),
  }));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fallback(value);
    const record = value as Record<string, unknown>;
    let out = '{';
    for (const field of fields) {
      const written = field.write(record[field.key]);
      if (written === undefined) continue;
      if (out.length > 1) out += ',';
      out += field.prefix + written;
    }
    return out + '}';
  };
}

type SerializerCompiler = Parameters<FastifyInstance['setSerializerCompiler']>[0];

/**
 * The app's serializer compiler: compiled writers for zod schemas; with `verify`, zod's own
 * serializer runs too (it throws on an invalid value) and a difference is an error.
 */
export function responseSerializer(verify: boolean): SerializerCompiler {
  return (route) => {
    const schema = route.schema;
    if (!(schema instanceof z.core.$ZodType))
      return serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
    const compiled = compileSerializer(schema);
    if (!verify) return compiled;
    const byZod = serializerCompiler({ ...route, schema });
    return (value) => {
      const expected = byZod(value);
      const actual = compiled(value);
      if (actual !== expected)
        throw new Error(
          `${route.method} ${route.url}: serializer wrote ${actual}, zod ${expected}`,
        );
      return actual;
    };
  };
}
