import type { FastifySchemaValidationError } from 'fastify';
import type { ZodError } from 'zod';
import type { FieldProblem } from './problem.js';

/**
 * Turns a zod issue (as fastify-type-provider-zod passes it on) into a field problem with one of our
 * message keys. Domain rules put their own key in the issue message ("iin.checksum").
 */
export function fieldProblemsFromIssue(
  issue: FastifySchemaValidationError,
  prefix = '',
): FieldProblem[] {
  const path = [prefix, ...issue.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.');
  const p: Record<string, unknown> = issue.params;
  const at = (code: string, values?: FieldProblem['values']): FieldProblem[] => [
    values ? { path, code, values } : { path, code },
  ];
  if (issue.message && /^[a-z_]+(\.[a-z_0-9]+)+$/.test(issue.message)) return at(issue.message);
  switch (issue.keyword) {
    case 'invalid_type': {
      // zod 4 keeps the input in an issue only when asked to (reportInput), and the type provider
      // does not ask; its message still says what it received ("… received undefined").
      const missing =
        'input' in p ? p.input === undefined : / received undefined$/.test(issue.message ?? '');
      if (missing) return at('validation.required');
      if (p.expected === 'int') return at('validation.not_integer');
      return at('validation.invalid_type');
    }
    case 'too_small': {
      const minimum = Number(p.minimum);
      if (p.origin === 'string')
        return minimum === 1
          ? at('validation.required')
          : at('validation.string_too_short', { minimum });
      if (p.origin === 'array' || p.origin === 'set')
        return at('validation.array_too_short', { minimum });
      return at('validation.number_too_small', { minimum });
    }
    case 'too_big': {
      const maximum = Number(p.maximum);
      if (p.origin === 'string') return at('validation.string_too_long', { maximum });
      if (p.origin === 'array' || p.origin === 'set')
        return at('validation.array_too_long', { maximum });
      return at('validation.number_too_big', { maximum });
    }
    case 'invalid_format':
      if (p.format === 'date') return at('validation.invalid_date');
      if (p.format === 'uuid') return at('validation.invalid_uuid');
      return at('validation.invalid_format');
    case 'invalid_value':
      return at('validation.invalid_option');
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? (p.keys as string[]) : [];
      return keys.map((key) => ({
        path: [path, key].filter(Boolean).join('.'),
        code: 'validation.unknown_field',
      }));
    }
    default:
      return at('validation.invalid_value');
  }
}

/** Field problems of a zod error raised outside a route schema (a sync mutation's data, say). */
export function fieldProblemsFromZod(error: ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const { path, code, message, ...params } = issue;
    return fieldProblemsFromIssue(
      {
        keyword: code,
        instancePath: `/${path.map(String).join('/')}`,
        schemaPath: `#/${path.map(String).join('/')}/${code}`,
        message,
        params,
      },
      prefix,
    );
  });
}
