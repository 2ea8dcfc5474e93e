import { describe, expect, it } from 'vitest';
import { mergeOutcome, selectBatch, type QueuedMutation } from './outbox-rules.js';

const queued = (
  over: Partial<QueuedMutation> & { data?: Record<string, unknown> | null } = {},
) => ({
  seq: 1,
  entity: 'person',
  id: 'p1',
  op: 'upsert' as const,
  create: false,
  sent: false,
  state: 'pending' as const,
  data: { givenName: 'Асан' },
  ...over,
});

const keepParent = (create: Record<string, unknown>, edit: Record<string, unknown>) => ({
  ...edit,
  householdId: create.householdId,
});

describe('outbox merge rules', () => {
  it('folds an edit into an unsent edit of the same record (last version wins)', () => {
    const outcome = mergeOutcome(queued(), { op: 'upsert', data: { givenName: 'Әсел' } });
    expect(outcome).toEqual({
      kind: 'replace',
      op: 'upsert',
      create: false,
      data: { givenName: 'Әсел' },
    });
  });

  it('folds an edit into an unsent create, keeping what only the create carries', () => {
    const prev = queued({ create: true, data: { householdId: 'h1', givenName: 'Асан' } });
    const outcome = mergeOutcome(prev, { op: 'upsert', data: { givenName: 'Әсел' } }, keepParent);
    expect(outcome).toEqual({
      kind: 'replace',
      op: 'upsert',
      create: true,
      data: { givenName: 'Әсел', householdId: 'h1' },
    });
  });

  it('never changes a mutation that was sent: its answer may only have been lost', () => {
    expect(mergeOutcome(queued({ sent: true }), { op: 'upsert', data: {} })).toEqual({
      kind: 'append',
    });
  });

  it('appends after a problem instead of changing it', () => {
    expect(mergeOutcome(queued({ state: 'rejected' }), { op: 'upsert', data: {} }).kind).toBe(
      'append',
    );
    expect(mergeOutcome(queued({ state: 'conflict' }), { op: 'upsert', data: {} }).kind).toBe(
      'append',
    );
  });

  it('appends when the entity cannot fold the edit into its create (a withdrawal)', () => {
    const prev = queued({ entity: 'consent', create: true, data: { personId: 'p1' } });
    expect(
      mergeOutcome(prev, { op: 'upsert', data: { withdrawnOn: '2026-01-01' } }, () => null),
    ).toEqual({ kind: 'append' });
  });

  it('cancels a create that never left the device when the record is deleted', () => {
    expect(mergeOutcome(queued({ create: true }), { op: 'delete', data: null })).toEqual({
      kind: 'cancel',
    });
    expect(mergeOutcome(queued(), { op: 'delete', data: null })).toEqual({
      kind: 'replace',
      op: 'delete',
      create: false,
      data: null,
    });
  });

  it('appends the first write about a record', () => {
    expect(mergeOutcome(undefined, { op: 'upsert', data: {} })).toEqual({ kind: 'append' });
  });
});

describe('push batches', () => {
  it('keeps order, skips problems and holds a second edit of a record for the next push', () => {
    const queue = [
      queued({ seq: 3, entity: 'person', id: 'p1' }),
      queued({ seq: 1, entity: 'household', id: 'h1', create: true }),
      queued({ seq: 2, entity: 'person', id: 'p1', create: true, sent: true }),
      queued({ seq: 4, entity: 'person', id: 'p2', state: 'rejected' }),
      queued({ seq: 5, entity: 'consent', id: 'c1' }),
    ];
    expect(selectBatch(queue, 200).map((m) => m.seq)).toEqual([1, 2, 5]);
  });

  it('sends at most the limit', () => {
    const queue = Array.from({ length: 450 }, (_, i) => queued({ seq: i + 1, id: `p${i}` }));
    const batch = selectBatch(queue, 200);
    expect(batch).toHaveLength(200);
    expect(batch.at(-1)?.seq).toBe(200);
  });
});
