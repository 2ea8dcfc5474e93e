import {
  syncMutationSchema,
  type MutationStatus,
  type SyncError,
  type SyncMutation,
  type SyncResult,
  type Translate,
} from '@birge/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { ZodError } from 'zod';
import type { DB } from '../../db/schema.js';
import { toProblem } from '../../http/error-handler.js';
import { fieldMessageKey, ProblemError, type FieldProblem } from '../../http/problem.js';
import { fieldProblemsFromZod } from '../../http/zod-issues.js';
import type { PushContext, PushedEntity, RecordState, SyncRegistry } from './sync.entities.js';
import { touchDevice } from './sync.devices.js';

type Outcome =
  | { status: 'applied'; rev: number | null }
  | { status: 'conflict'; rev: number | null; conflictId: string };

/** A refusal of one mutation: field problems under a path prefix, rendered in the caller's language. */
class Rejection extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super('rejected');
  }
}
const reject = (path: string, code: string) => new Rejection([{ path, code }]);

function render(problems: FieldProblem[], t: Translate): SyncError[] {
  return problems.map((p) => ({
    path: p.path,
    code: p.code,
    message: t(fieldMessageKey(p.code), p.values),
  }));
}

/** Field problems for a failed mutation; a real fault (5xx) is rethrown and fails the whole push. */
function problemsOf(error: unknown): FieldProblem[] {
  if (error instanceof Rejection) return error.problems;
  if (error instanceof ZodError) return fieldProblemsFromZod(error, 'data');
  const problem = toProblem(error);
  if (problem.status >= 500) throw error;
  if (problem.code === 'not_found') return [{ path: 'id', code: 'sync.not_found' }];
  const fields = problem.options.errors ?? [];
  if (fields.length) return fields.map((f) => ({ ...f, path: f.path ? `data.${f.path}` : 'data' }));
  return [{ path: '', code: `problem.${problem.code}`, values: problem.options.values }];
}

async function keepConflict(
  ctx: PushContext,
  deviceId: string,
  m: SyncMutation,
  state: RecordState,
  deviceData: Record<string, unknown> | null,
): Promise<Outcome> {
  const id = uuidv7();
  await ctx.trx
    .insertInto('sync_conflicts')
    .values({
      id,
      entity: m.entity,
      record_id: m.id,
      household_id: state.householdId,
      place_code: state.placeCode,
      op: m.op,
      base_rev: m.baseRev,
      server_rev: state.deleted ? null : state.rev,
      device_data: deviceData === null ? null : JSON.stringify(deviceData),
      mutation_id: m.mutationId,
      device_id: deviceId,
      created_by: ctx.actor.userId,
    })
    .execute();
  return { status: 'conflict', rev: state.deleted ? null : state.rev, conflictId: id };
}

async function apply(
  ctx: PushContext,
  deviceId: string,
  entity: PushedEntity,
  m: SyncMutation,
): Promise<Outcome> {
  const state = await entity.locate(ctx, m.id);
  if (m.op === 'delete') {
    if (!entity.remove) throw reject('op', 'sync.bad_mutation');
    if (!state) throw reject('id', 'sync.not_found');
    if (state.deleted) return { status: 'applied', rev: state.rev };
    if (entity.versioned && m.baseRev !== state.rev)
      return keepConflict(ctx, deviceId, m, state, null);
    return { status: 'applied', rev: await entity.remove(ctx, m.id) };
  }
  if (!m.data) throw reject('data', 'sync.data_required');
  if (m.baseRev === null) {
    if (state) {
      if (!entity.versioned) throw reject('id', 'sync.record_exists');
      // The device believes it created the record the server already has: keep its version.
      return keepConflict(ctx, deviceId, m, state, m.data);
    }
    return {
      status: 'applied',
      rev: await entity.create(ctx, m.id, entity.parseCreate(m.data, m.id)),
    };
  }
  if (!state || (!entity.versioned && state.deleted)) throw reject('id', 'sync.not_found');
  // Bad data is refused before versions are compared: a conflict must hold a version one could apply.
  const input = entity.parseUpdate(m.data);
  if (entity.versioned && (state.deleted || state.rev !== m.baseRev))
    return keepConflict(ctx, deviceId, m, state, m.data);
  try {
    return { status: 'applied', rev: await entity.update(ctx, m.id, input, m.baseRev) };
  } catch (error) {
    // Another writer got in between the check and the lock.
    if (error instanceof ProblemError && error.code === 'stale_revision') {
      const now = await entity.locate(ctx, m.id);
      if (now) return keepConflict(ctx, deviceId, m, now, m.data);
    }
    throw error;
  }
}

function mutationIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { mutationId?: unknown }).mutationId;
  return typeof id === 'string' && id.length <= 100 ? id : null;
}

/**
 * Applies a push (docs/sync-protocol.md, "Push"): one transaction for the batch, a savepoint per
 * mutation, every outcome recorded by mutation id so a replay is answered, not applied again.
 */
export async function pushMutations(
  db: Kysely<DB>,
  registry: SyncRegistry,
  context: Omit<PushContext, 'trx'> & { t: Translate },
  push: { deviceId: string; mutations: unknown[]; pending?: number | undefined },
): Promise<SyncResult[]> {
  const { actor, t } = context;
  return db.transaction().execute(async (trx: Transaction<DB>) => {
    const ctx: PushContext = { ...context, trx };
    const results: SyncResult[] = [];
    for (const raw of push.mutations) {
      const parsed = syncMutationSchema.safeParse(raw);
      if (!parsed.success) {
        results.push({
          mutationId: mutationIdOf(raw),
          status: 'rejected',
          rev: null,
          errors: render(fieldProblemsFromZod(parsed.error), t),
        });
        continue;
      }
      const m = parsed.data;
      const prior = await trx
        .selectFrom('sync_mutations')
        .selectAll()
        .where('mutation_id', '=', m.mutationId)
        .executeTakeFirst();
      if (prior) {
        results.push(
          prior.user_id === actor.userId
            ? {
                mutationId: m.mutationId,
                status: 'duplicate',
                originalStatus: prior.status,
                rev: prior.rev,
                errors: prior.errors,
                ...(prior.conflict_id ? { conflictId: prior.conflict_id } : {}),
              }
            : {
                mutationId: m.mutationId,
                status: 'rejected',
                rev: null,
                errors: render([{ path: 'mutationId', code: 'sync.mutation_id_reused' }], t),
              },
        );
        continue;
      }
      const entity = registry.pushed.get(m.entity);
      let outcome: Outcome | { status: 'rejected'; errors: SyncError[] };
      await sql`SAVEPOINT mutation`.execute(trx);
      try {
        if (!entity) throw reject('entity', 'sync.unknown_entity');
        outcome = await apply(ctx, push.deviceId, entity, m);
        await sql`RELEASE SAVEPOINT mutation`.execute(trx);
      } catch (error) {
        await sql`ROLLBACK TO SAVEPOINT mutation`.execute(trx);
        outcome = { status: 'rejected', errors: render(problemsOf(error), t) };
      }
      const rev = outcome.status === 'rejected' ? null : outcome.rev;
      const errors = outcome.status === 'rejected' ? outcome.errors : [];
      const conflictId = outcome.status === 'conflict' ? outcome.conflictId : null;
      await trx
        .insertInto('sync_mutations')
        .values({
          mutation_id: m.mutationId,
          user_id: actor.userId,
          device_id: push.deviceId,
          entity: m.entity.slice(0, 50),
          record_id: m.id,
          op: m.op,
          status: outcome.status satisfies Exclude<MutationStatus, 'duplicate'>,
          rev,
          errors: JSON.stringify(errors),
          conflict_id: conflictId,
        })
        .execute();
      results.push({
        mutationId: m.mutationId,
        status: outcome.status,
        rev,
        errors,
        ...(conflictId ? { conflictId } : {}),
      });
    }
    await touchDevice(trx, actor.userId, push.deviceId, {
      push: true,
      success: true,
      pending: push.pending,
      userAgent: context.meta.userAgent,
    });
    return results;
  });
}
