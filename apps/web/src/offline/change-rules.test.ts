import { describe, expect, it } from 'vitest';
import { changeAction, resultAction, settleRecord } from './change-rules.js';

const change = (rev: number, deleted = false) => ({ rev, deleted });

describe('applying pulled changes', () => {
  it('stores a new record and replaces an older one', () => {
    expect(changeAction(undefined, change(1), true)).toEqual({ kind: 'put', keepLocal: false });
    expect(changeAction({ rev: 1, hasLocal: false }, change(2), true)).toEqual({
      kind: 'put',
      keepLocal: false,
    });
  });

  it('applies the same page twice without harm and never goes back to an older revision', () => {
    expect(changeAction({ rev: 2, hasLocal: false }, change(2), true).kind).toBe('put');
    expect(changeAction({ rev: 3, hasLocal: false }, change(2), true)).toEqual({ kind: 'skip' });
  });

  it('keeps the device version shown over a record with an unanswered write', () => {
    expect(changeAction({ rev: 1, hasLocal: true }, change(2), true)).toEqual({
      kind: 'put',
      keepLocal: true,
    });
  });

  it('removes deleted records, but keeps one with an unanswered write until it is answered', () => {
    expect(changeAction({ rev: 1, hasLocal: false }, change(2, true), true)).toEqual({
      kind: 'delete',
    });
    expect(changeAction({ rev: 1, hasLocal: true }, change(2, true), true)).toEqual({
      kind: 'tombstone',
    });
    expect(changeAction(undefined, change(2, true), true)).toEqual({ kind: 'skip' });
  });

  it('ignores entities the device does not know', () => {
    expect(changeAction(undefined, change(1), false)).toEqual({ kind: 'skip' });
  });
});

describe('push results', () => {
  const base = { mutationId: 'm', rev: 4, errors: [] };
  it('treats a duplicate as what its first delivery got', () => {
    expect(resultAction({ ...base, status: 'applied' })).toEqual({ kind: 'done', rev: 4 });
    expect(resultAction({ ...base, status: 'duplicate', originalStatus: 'applied' })).toEqual({
      kind: 'done',
      rev: 4,
    });
    expect(
      resultAction({ ...base, status: 'duplicate', originalStatus: 'conflict', conflictId: 'c' }),
    ).toEqual({ kind: 'conflict', conflictId: 'c' });
  });

  it('keeps the reasons of a rejection', () => {
    const errors = [{ path: 'iin', code: 'iin.checksum', message: 'ЖСН дұрыс емес' }];
    expect(resultAction({ ...base, status: 'rejected', rev: null, errors })).toEqual({
      kind: 'rejected',
      errors,
    });
  });

  it('settles the record once nothing else about it waits', () => {
    expect(settleRecord('done', 0, true)).toEqual({ kind: 'promote' });
    expect(settleRecord('done', 1, true)).toEqual({ kind: 'keep' });
    expect(settleRecord('rejected', 0, true)).toEqual({ kind: 'keep' });
    expect(settleRecord('conflict', 0, true)).toEqual({ kind: 'drop-local' });
    expect(settleRecord('discarded', 0, false)).toEqual({ kind: 'remove' });
  });
});
