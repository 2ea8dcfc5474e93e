import { open } from './crypto.js';
import type { OutboxBody } from './device-db.js';
import type { DeviceStore } from './vault.js';

/** What waits in the outbox, and the writes the server refused or kept as conflicts. */

export interface Problem {
  seq: number;
  state: 'rejected' | 'conflict';
  entity: string;
  id: string;
  targetEntity: string;
  targetId: string;
  householdId: string | null;
  label: string;
  errors: OutboxBody['errors'];
  conflictId: string | null;
  answeredAt: string | null;
}

export async function outboxCounts(store: DeviceStore) {
  const [pending, rejected, conflict] = await Promise.all(
    (['pending', 'rejected', 'conflict'] as const).map((state) =>
      store.db.countFromIndex('outbox', 'byState', state),
    ),
  );
  return { pending: pending ?? 0, problems: (rejected ?? 0) + (conflict ?? 0) };
}

export async function listProblems(store: DeviceStore): Promise<Problem[]> {
  const rows = [
    ...(await store.db.getAllFromIndex('outbox', 'byState', 'rejected')),
    ...(await store.db.getAllFromIndex('outbox', 'byState', 'conflict')),
  ].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return Promise.all(
    rows.map(async (row) => {
      const body = await open<OutboxBody>(row.body, store.key);
      const target = await store.db.get('records', [row.targetEntity, row.targetId]);
      return {
        seq: row.seq ?? 0,
        state: row.state === 'conflict' ? 'conflict' : 'rejected',
        entity: row.entity,
        id: row.id,
        targetEntity: row.targetEntity,
        targetId: row.targetId,
        householdId: target?.householdId ?? null,
        label: body.label,
        errors: body.errors,
        conflictId: body.conflictId,
        answeredAt: row.answeredAt,
      } satisfies Problem;
    }),
  );
}
