import { personInputSchema } from '@birge/domain';
import type { FastifySchemaValidationError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldProblemsFromIssue } from './zod-issues.js';

/**
 * The issues fastify-type-provider-zod hands to the error handler, made from a real zod failure the
 * way it makes them (errors.ts, createValidationError): keyword = code, instancePath = "/a/0/b",
 * params = the rest of the issue.
 */
function validationErrors(
  schema: z.ZodType,
  value: unknown,
  reportInput = false,
): FastifySchemaValidationError[] {
  const result = schema.safeParse(value, { reportInput });
  if (result.success) throw new Error('expected the value to fail');
  return result.error.issues.map((issue) => {
    const { path, code, message, ...params } = issue;
    return {
      keyword: code,
      instancePath: `/${path.join('/')}`,
      schemaPath: `#/${path.join('/')}/${code}`,
      message,
      params,
    };
  });
}

function problemsFor(schema: z.ZodType, value: unknown, prefix?: string) {
  return validationErrors(schema, value).flatMap((issue) => fieldProblemsFromIssue(issue, prefix));
}

const shape = z.strictObject({
  name: z.string().min(1).max(5),
  code: z.string().min(3),
  age: z.number().int().min(0).max(120),
  tags: z.array(z.string()).min(1).max(2),
  day: z.iso.date(),
  id: z.uuid(),
  kind: z.enum(['a', 'b']),
  note: z.string().regex(/^x/),
});

const valid = {
  name: 'Әсел',
  code: 'abc',
  age: 30,
  tags: ['t'],
  day: '2026-07-17',
  id: '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b',
  kind: 'a',
  note: 'x',
};

describe('fieldProblemsFromIssue', () => {
  it('a missing field is required', () => {
    const { name: _n, ...rest } = valid;
    expect(problemsFor(shape, rest)).toEqual([{ path: 'name', code: 'validation.required' }]);
  });

  it('a field of the wrong type is a wrong type, not a missing one', () => {
    expect(problemsFor(shape, { ...valid, name: 5 })).toEqual([
      { path: 'name', code: 'validation.invalid_type' },
    ]);
    expect(problemsFor(shape, { ...valid, age: 'thirty' })).toEqual([
      { path: 'age', code: 'validation.invalid_type' },
    ]);
  });

  it('reads the same when zod is asked to report the input', () => {
    const { name: _n, ...rest } = valid;
    const problems = [
      ...validationErrors(shape, rest, true),
      ...validationErrors(shape, { ...valid, age: 'thirty' }, true),
    ].flatMap((issue) => fieldProblemsFromIssue(issue));
    expect(problems).toEqual([
      { path: 'name', code: 'validation.required' },
      { path: 'age', code: 'validation.invalid_type' },
    ]);
  });

  it('null where a value is needed is a wrong type', () => {
    expect(problemsFor(shape, { ...valid, tags: null })).toEqual([
      { path: 'tags', code: 'validation.invalid_type' },
    ]);
  });

  it('a fraction where a whole number is needed says so', () => {
    expect(problemsFor(shape, { ...valid, age: 30.5 })).toEqual([
      { path: 'age', code: 'validation.not_integer' },
    ]);
  });

  it('an empty string is required; a short one says how long it must be', () => {
    expect(problemsFor(shape, { ...valid, name: '' })).toEqual([
      { path: 'name', code: 'validation.required' },
    ]);
    expect(problemsFor(shape, { ...valid, code: 'ab' })).toEqual([
      { path: 'code', code: 'validation.string_too_short', values: { minimum: 3 } },
    ]);
  });

  it('too long, too many, too big and too small carry their limits', () => {
    expect(problemsFor(shape, { ...valid, name: 'абвгде' })).toEqual([
      { path: 'name', code: 'validation.string_too_long', values: { maximum: 5 } },
    ]);
    expect(problemsFor(shape, { ...valid, tags: ['a', 'b', 'c'] })).toEqual([
      { path: 'tags', code: 'validation.array_too_long', values: { maximum: 2 } },
    ]);
    expect(problemsFor(shape, { ...valid, tags: [] })).toEqual([
      { path: 'tags', code: 'validation.array_too_short', values: { minimum: 1 } },
    ]);
    expect(problemsFor(shape, { ...valid, age: 121 })).toEqual([
      { path: 'age', code: 'validation.number_too_big', values: { maximum: 120 } },
    ]);
    expect(problemsFor(shape, { ...valid, age: -1 })).toEqual([
      { path: 'age', code: 'validation.number_too_small', values: { minimum: 0 } },
    ]);
  });

  it('a date, an id and any other format are told apart', () => {
    expect(problemsFor(shape, { ...valid, day: '2026-02-30' })).toEqual([
      { path: 'day', code: 'validation.invalid_date' },
    ]);
    expect(problemsFor(shape, { ...valid, id: '42' })).toEqual([
      { path: 'id', code: 'validation.invalid_uuid' },
    ]);
    expect(problemsFor(shape, { ...valid, note: 'y' })).toEqual([
      { path: 'note', code: 'validation.invalid_format' },
    ]);
  });

  it('a value outside a list of options asks to choose one', () => {
    expect(problemsFor(shape, { ...valid, kind: 'c' })).toEqual([
      { path: 'kind', code: 'validation.invalid_option' },
    ]);
  });

  it('each unknown field is reported at its own path', () => {
    expect(problemsFor(shape, { ...valid, isAdmin: true, role: 'x' })).toEqual([
      { path: 'isAdmin', code: 'validation.unknown_field' },
      { path: 'role', code: 'validation.unknown_field' },
    ]);
  });

  it('a domain rule keeps its own message key, at a nested path', () => {
    const body = {
      householdId: '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b',
      givenName: 'Айгерім',
      sex: 'female',
      birthDate: '2022-01-01',
      relationToHead: 'child',
      disability: {
        status: 'established',
        category: 'child_under_7',
        group: 'I',
        establishedOn: '2025-01-01',
      },
      icd10: ['G80', 'G8'],
    };
    expect(problemsFor(personInputSchema, body)).toEqual([
      { path: 'disability.group', code: 'disability.no_group_under_7' },
      { path: 'icd10.1', code: 'validation.invalid_icd10' },
    ]);
  });

  it('puts the query or params prefix in front of the path', () => {
    const query = z.strictObject({ limit: z.number().int().max(100) });
    expect(problemsFor(query, { limit: 500 }, 'query')).toEqual([
      { path: 'query.limit', code: 'validation.number_too_big', values: { maximum: 100 } },
    ]);
    expect(problemsFor(query, { limit: 5, q: 'x' }, 'query')).toEqual([
      { path: 'query.q', code: 'validation.unknown_field' },
    ]);
  });

  it('anything else is an invalid value', () => {
    const custom = z.string().refine((s) => s === 'ok', { message: 'Not OK' });
    expect(problemsFor(z.strictObject({ v: custom }), { v: 'no' })).toEqual([
      { path: 'v', code: 'validation.invalid_value' },
    ]);
  });
});
