import {
  canResolveConflicts,
  canSuperviseSync,
  scopePrefixes,
  type Conflict,
  type ConflictPage,
  type ConflictResolution,
  type Language,
} from '@birge/domain';
import { sql, type Kysely, type Selectable } from 'kysely';
import { ZodError } from 'zod';
import type { DB, SyncConflictsTable } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import { fieldProblemsFromZod } from '../../http/zod-issues.js';
import type { AuditLog } from '../audit/audit.service.js';
import { decodeCursor, DEFAULT_PAGE, encodeCursor, MAX_PAGE } from '../registry/cursor.js';
import type { PushContext, SyncRegistry } from './sync.entities.js';

type ConflictRow = Selectable<SyncConflictsTable> & {
  created_by_name: string | null;
  resolved_by_name: string | null;
};

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function inPlaces(actor: SessionUser) {
  const prefixes = scopePrefixes(actor);
  if (prefixes.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    prefixes.map((p) => sql`c.place_code LIKE ${`${p}%`}`),
    sql` OR `,
  )})`;
}

/** Conflicts kept by pushes, for supervisors to see and resolve (docs/sync-protocol.md). */
export function createConflictsService(db: Kysely<DB>, registry: SyncRegistry, audit: AuditLog) {
  function reader(meta: RequestMeta): SessionUser {
    const actor = actorOf(meta);
    if (!canSuperviseSync(actor)) throw forbidden();
    return actor;
  }

  function rows(actor: SessionUser) {
    return db
      .selectFrom('sync_conflicts as c')
      .leftJoin('users as cu', 'cu.id', 'c.created_by')
      .leftJoin('users as ru', 'ru.id', 'c.resolved_by')
      .selectAll('c')
      .select(['cu.display_name as created_by_name', 'ru.display_name as resolved_by_name'])
      .where(inPlaces(actor));
  }

  async function present(row: ConflictRow, ctx: PushContext): Promise<Conflict> {
    const entity = registry.pushed.get(row.entity);
    const current = (await entity?.current?.(ctx, row.record_id)) ?? null;
    const serverData = current?.fields ?? null;
    const deviceData = row.device_data;
    const keys = new Set([...Object.keys(serverData ?? {}), ...Object.keys(deviceData ?? {})]);
    keys.delete('confirmNotDuplicate');
    const fields =
      deviceData && serverData ? [...keys].filter((k) => !same(serverData[k], deviceData[k])) : [];
    return {
      id: row.id,
      entity: row.entity,
      recordId: row.record_id,
      householdId: row.household_id,
      op: row.op,
      baseRev: row.base_rev,
      serverRev: row.server_rev,
      deviceData,
      serverData,
      fields,
      label: current?.label ?? '',
      createdAt: row.created_at.toISOString(),
      createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
      deviceId: row.device_id,
      status: row.status,
      resolution: row.resolution,
      resolvedAt: row.resolved_at ? row.resolved_at.toISOString() : null,
      resolvedBy: row.resolved_by
        ? { id: row.resolved_by, name: row.resolved_by_name ?? '' }
        : null,
    };
  }

  const context = (meta: RequestMeta, actor: SessionUser, language: Language): PushContext => ({
    trx: db,
    meta,
    actor,
    language,
  });

  return {
    async list(
      meta: RequestMeta,
      query: {
        status?: 'open' | 'resolved' | undefined;
        cursor?: string | undefined;
        limit?: number | undefined;
      },
      language: Language,
    ): Promise<ConflictPage> {
      const actor = reader(meta);
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const before = decodeCursor(query.cursor);
      let q = rows(actor).where('c.status', '=', query.status ?? 'open');
      if (before) q = q.where('c.id', '<', before);
      const found = await q
        .orderBy('c.id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = found.slice(0, limit);
      const ctx = context(meta, actor, language);
      const items: Conflict[] = [];
      for (const row of page) items.push(await present(row, ctx));
      const last = page.at(-1);
      return { items, nextCursor: found.length > limit && last ? encodeCursor(last.id) : null };
    },

    async get(meta: RequestMeta, id: string, language: Language): Promise<Conflict> {
      const actor = reader(meta);
      const row = await rows(actor).where('c.id', '=', id).executeTakeFirst();
      if (!row) throw notFound();
      const conflict = await present(row, context(meta, actor, language));
      // Both versions of a person's record are on this page: a read of the record.
      await audit.append(meta, { action: 'read', entity: row.entity, entityId: row.record_id });
      return conflict;
    },

    /**
     * Keeps the server's version, writes the device's over it, or takes the chosen fields from
     * the device. The write goes through the entity's own rules and is audited like any edit.
     */
    async resolve(
      meta: RequestMeta,
      id: string,
      resolution: ConflictResolution,
      language: Language,
    ): Promise<Conflict> {
      const actor = reader(meta);
      if (!canResolveConflicts(actor)) throw forbidden();
      await inTransaction(db, async (trx) => {
        const row = await trx
          .selectFrom('sync_conflicts as c')
          .selectAll('c')
          .where('c.id', '=', id)
          .where(inPlaces(actor))
          .forUpdate()
          .executeTakeFirst();
        if (!row) throw notFound();
        if (row.status !== 'open') throw new ProblemError(409, 'conflict_resolved');
        const entity = registry.pushed.get(row.entity);
        if (!entity) throw notFound();
        const ctx: PushContext = { trx, meta, actor, language };
        if (resolution.choice !== 'server') {
          const state = await entity.locate(ctx, row.record_id);
          if (!state || state.deleted) throw invalid([{ path: 'choice', code: 'sync.not_found' }]);
          if (row.op === 'delete' && entity.remove) await entity.remove(ctx, row.record_id);
          else {
            const server = (await entity.current?.(ctx, row.record_id))?.fields ?? {};
            const device = row.device_data ?? {};
            let data: Record<string, unknown> = device;
            if (resolution.choice === 'merge') {
              data = { ...server };
              for (const [field, side] of Object.entries(resolution.fields ?? {})) {
                if (!(field in server) && !(field in device))
                  throw invalid([{ path: `fields.${field}`, code: 'conflict.field_unknown' }]);
                if (side === 'device') data[field] = device[field];
              }
            }
            let input: unknown;
            try {
              input = entity.parseUpdate({ ...data, ...entity.resolvedFields });
            } catch (error) {
              if (error instanceof ZodError) throw invalid(fieldProblemsFromZod(error));
              throw error;
            }
            await entity.update(ctx, row.record_id, input, state.rev);
          }
        }
        await trx
          .updateTable('sync_conflicts')
          .set({
            status: 'resolved',
            resolution: resolution.choice,
            resolved_by: actor.userId,
            resolved_at: sql<Date>`now()`,
          })
          .where('id', '=', id)
          .execute();
        await audit.appendIn(trx, meta, {
          action: 'conflict_resolve',
          entity: row.entity,
          entityId: row.record_id,
          fields: [resolution.choice],
        });
      });
      return this.get(meta, id, language);
    },
  };
}
