import { instanceSchema, meSchema, problemSchema } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { instanceAnswer, meAnswer, problemAnswer } from './session-schemas.js';

const me = {
  id: '0190f3c2-7d1e-7a3b-9c4d-5e6f7a8b9c0d',
  username: 'worker',
  displayName: 'Айгүл Сейітова',
  role: 'worker',
  language: 'kk',
  scopes: [{ code: '196220100', name: 'Талғар' }],
  householdId: null,
  organizationId: null,
  isDemo: true,
};

const cases: [string, { safeParse: (v: unknown) => { success: boolean } }, { safeParse: (v: unknown) => { success: boolean } }, unknown[]][] = [
  [
    'me',
    meAnswer,
    meSchema,
    [
      me,
      { ...me, extra: 1 },
      { ...me, id: 'x' },
      { ...me, role: 'boss' },
      { ...me, language: 'de' },
      { ...me, scopes: [{ code: 1, name: 'x' }] },
      { ...me, householdId: me.id },
      { ...me, organizationId: 'nope' },
      { ...me, isDemo: 'yes' },
      { ...me, personId: me.id, phone: '+7 701 234 56 78' },
      { ...me, personId: null, phone: null },
      { ...me, personId: 'nope' },
      { ...me, phone: 7 },
      null,
      [],
    ],
  ],
  [
    'instance',
    instanceAnswer,
    instanceSchema,
    [{ mode: 'demo', version: '0.1.0' }, { mode: 'test', version: '1' }, { mode: 'production' }],
  ],
  [
    'problem',
    problemAnswer,
    problemSchema,
    [
      { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' },
      { type: 't', title: 't', status: 400, code: 'c', errors: [{ path: 'a', code: 'b', message: 'm' }] },
      { type: 't', title: 't', status: 400.5, code: 'c' },
      { type: 't', title: 't', status: 400, code: 'c', errors: [{ path: 'a' }] },
      { type: 't', title: 't', status: 400, code: 'c', detail: 3 },
      { type: 't', title: 't', status: 400, code: 'c', extension: true },
      { title: 't', status: 400, code: 'c' },
    ],
  ],
];

describe('first-screen answer checks agree with the domain schemas', () => {
  for (const [name, mini, full, samples] of cases)
    it(name, () => {
      for (const sample of samples)
        expect(mini.safeParse(sample).success, JSON.stringify(sample)).toBe(
          full.safeParse(sample).success,
        );
    });

  it('keeps the known members of a user, as zod does', () => {
    expect(meAnswer.parse({ ...me, extra: 1 })).toEqual(meSchema.parse({ ...me, extra: 1 }));
    const family = { ...me, role: 'family', personId: me.id, phone: null };
    expect(meAnswer.parse(family)).toEqual(meSchema.parse(family));
  });
});
