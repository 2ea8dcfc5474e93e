import {
  visitInputSchema,
  visitUpdateSchema,
  type VisitInputValue,
  type VisitUpdate,
} from '@birge/domain';
import type { AuditLog } from '../audit/audit.service.js';
import type { ActivityLookup } from '../plans/activity-lookup.js';
import {
  locateInHousehold,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { asFieldError } from '../sync/sync.errors.js';
import { findVisit, visitsByIds } from './visits.repo.js';
import { createVisitsService, toVisit } from './visits.service.js';

const visitFieldsSchema = visitUpdateSchema.omit({ rev: true });

/** Visits on devices: pulled as `GET /visits/{id}` shows them (history limit applied), written whole. */
export function visitSyncEntities(
  audit: AuditLog,
  activities: ActivityLookup,
): { pulled: PulledEntity; pushed: PushedEntity } {
  const service = (ctx: PushContext) => createVisitsService(ctx.trx, audit, activities);

  const pulled: PulledEntity = {
    name: 'visit',
    table: 'visits',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const records = new Map<string, WireRecord>();
      for (const row of await visitsByIds(ctx.trx, ids)) {
        const kept =
          row.deleted_at === null &&
          row.household_deleted_at === null &&
          row.visited_on >= ctx.historyBefore;
        records.set(
          row.id,
          kept
            ? { rev: row.rev, deleted: false, data: toVisit(row) }
            : { rev: row.rev, deleted: true, data: null },
        );
      }
      return records;
    },
  };

  const pushed: PushedEntity = {
    name: 'visit',
    versioned: true,
    locate: (ctx, id) => locateInHousehold(ctx, 'visits', id),
    parseCreate: (data, id) => visitInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => visitFieldsSchema.parse(data),
    async create(ctx, _id, input) {
      try {
        return (await service(ctx).create(ctx.meta, input as VisitInputValue)).rev;
      } catch (error) {
        return asFieldError(error);
      }
    },
    async update(ctx, id, input, baseRev) {
      const fields = input as Omit<VisitUpdate, 'rev'>;
      return (await service(ctx).update(ctx.meta, id, { ...fields, rev: baseRev })).rev;
    },
    async current(ctx, id) {
      const row = await findVisit(ctx.trx, ctx.actor, id);
      if (!row) return null;
      const {
        id: _id,
        householdId: _h,
        recordedBy: _r,
        rev: _v,
        createdAt: _c,
        updatedAt: _u,
        ...fields
      } = toVisit(row);
      return { fields, label: `${row.kind} · ${row.visited_on}` };
    },
  };
  return { pulled, pushed };
}
