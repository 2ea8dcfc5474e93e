import { householdPageSchema, problemSchema } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSerializer } from './serializer.js';

/** What fastify-type-provider-zod writes. */
const byZod = (schema: z.core.$ZodType, value: unknown) => JSON.stringify(z.encode(schema, value));

describe('compileSerializer', () => {
  it('writes what zod encodes: schema order, unknown keys dropped, overwrites applied', () => {
    const schema = z.object({
      b: z.string().trim(),
      a: z.number().int(),
      tags: z.array(z.enum(['x', 'y'])).default([]),
      note: z.string().nullable().default(null),
      extra: z.string().optional(),
      nested: z.strictObject({ flag: z.boolean() }).nullable(),
    });
    const value = {
      a: 1,
      b: '  padded ',
      tags: ['y'],
      note: null,
      unknown: 5,
      nested: { flag: true },
    };
    expect(compileSerializer(schema)(value)).toBe(byZod(schema, value));
    expect(compileSerializer(schema)(value)).toBe(
      '{"b":"padded","a":1,"tags":["y"],"note":null,"nested":{"flag":true}}',
    );
  });

  it('leaves out optional keys that are undefined, as JSON.stringify does', () => {
    const schema = z.object({ a: z.string().optional(), b: z.string() });
    expect(compileSerializer(schema)({ a: undefined, b: 'x' })).toBe(
      byZod(schema, { a: undefined, b: 'x' }),
    );
  });

  it('hands schemas it does not compile to zod: loose objects keep their extra keys', () => {
    const problem = { type: 'about:blank', title: 'T', status: 409, code: 'c', existingId: 'e' };
    expect(compileSerializer(problemSchema)(problem)).toBe(byZod(problemSchema, problem));
    const union = z.object({ v: z.union([z.string(), z.number()]) });
    expect(compileSerializer(union)({ v: 3 })).toBe('{"v":3}');
    expect(() => compileSerializer(union)({ v: true })).toThrow();
  });

  it('writes a household page exactly as zod does', () => {
    const member = {
      id: '01a20fc9-9980-7187-8eae-d1695ddbbe63',
      householdId: '01a41390-dd09-7f67-8a03-4c2b8b8a802c',
      givenName: 'Ольга',
      familyName: null,
      sex: 'female',
      birthDate: '1953-11-01',
      age: 73,
      relationToHead: 'parent',
      disabilityStatus: null,
      consentStatus: 'missing',
    };
    const page = {
      nextCursor: 'abc',
      items: [
        {
          updatedAt: '2026-03-05T02:42:05.193Z',
          createdAt: '2026-03-05T02:42:05.193Z',
          rev: 2,
          inPoverty: true,
          members: [member, { ...member, familyName: 'Шевченко', consentStatus: 'valid' }],
          place: { code: '196220100', name: 'Талғар қаласы', path: ['Алматы облысы'] },
          notes: 'Үй "иесі"\nкешке',
          livingConditions: {
            povertyMarkers: ['no_working_adult'],
            electricity: true,
            heating: null,
            sanitation: 'none',
            water: 'well',
            elevator: null,
            floor: -1,
            rooms: 2,
            dwelling: 'house',
          },
          phone: null,
          coordinates: { lon: 77.1, lat: 43.38020526992622 },
          landmark: null,
          address: 'ул. Алтынсарина, 44',
          placeCode: '196220100',
          id: '01a41390-dd09-7f67-8a03-4c2b8b8a802c',
        },
      ],
    };
    expect(compileSerializer(householdPageSchema)(page)).toBe(byZod(householdPageSchema, page));
  });
});
