import { describe, expect, it } from 'vitest';
import { duplicateCandidates, existingRecord, RepositoryError } from './repository-error.js';

describe('RepositoryError.fromBody', () => {
  it('carries code, localized title, field errors and extensions of a problem document', () => {
    const error = RepositoryError.fromBody(409, {
      type: 'https://birge.kz/problems/possible-duplicate',
      title: 'Ұқсас адам бұрын тіркелген болуы мүмкін',
      status: 409,
      code: 'possible_duplicate',
      instance: '/api/v1/persons',
      candidates: [
        { id: 'a', name: 'Әсел Нұрланова', householdId: 'h', address: 'Абай көшесі, 1' },
        { id: 42 },
      ],
    });
    expect(error).toMatchObject({ status: 409, code: 'possible_duplicate', fieldErrors: [] });
    expect(error.is('possible_duplicate')).toBe(true);
    expect(Object.keys(error.extensions)).toEqual(['candidates']);
    expect(duplicateCandidates(error)).toEqual([
      { id: 'a', name: 'Әсел Нұрланова', householdId: 'h', address: 'Абай көшесі, 1' },
    ]);
  });

  it('points at the record a duplicate IIN belongs to', () => {
    const error = RepositoryError.fromBody(409, {
      type: 't',
      title: 'Бұл ЖСН-мен адам бұрын тіркелген',
      status: 409,
      code: 'duplicate_iin',
      existingId: 'p1',
      existingHouseholdId: 'h1',
    });
    expect(existingRecord(error)).toEqual({ personId: 'p1', householdId: 'h1' });
  });

  it('keeps field errors with their dotted paths', () => {
    const error = RepositoryError.fromBody(422, {
      type: 't',
      title: 'Енгізілген деректерде қате бар',
      status: 422,
      code: 'validation_failed',
      errors: [{ path: 'consent.givenBy', code: 'consent.minor_needs_representative', message: 'm' }],
    });
    expect(error.fieldErrors).toEqual([
      { path: 'consent.givenBy', code: 'consent.minor_needs_representative', message: 'm' },
    ]);
  });

  it('makes sense of a body that is not a problem', () => {
    expect(RepositoryError.fromBody(502, null, 'Bad Gateway')).toMatchObject({
      code: 'internal',
      title: 'Bad Gateway',
    });
    expect(RepositoryError.fromBody(401, '<html>')).toMatchObject({ code: 'unauthorized' });
  });
});
