import {
  practiceLogInputSchema,
  practiceLogUpdateSchema,
  type PracticeLogInputValue,
  type PracticeLogUpdate,
} from '@birge/domain';
import type { AuditLog } from '../audit/audit.service.js';
import {
  locateInHousehold,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { asFieldError } from '../sync/sync.errors.js';
import type { ActivityLookup } from './activity-lookup.js';
import { mayShowPlans } from './plans.mapper.js';
import { createPlansService } from './plans.service.js';
import { withinHistory } from './plans.sync.js';
import { findPracticeLog, practiceLogsByIds } from './practice.repo.js';
import { createPracticeService, toPracticeLog } from './practice.service.js';

const practiceFieldsSchema = practiceLogUpdateSchema.omit({ rev: true });

/**
 * Practice logs on devices: a family's phone logs offline and pushes here; the worker's device
 * pulls them to see adherence. Logs dated before the history cut-off stay on the server.
 */
export function practiceSyncEntities(
  audit: AuditLog,
  activities: ActivityLookup,
): { pulled: PulledEntity; pushed: PushedEntity } {
  const service = (ctx: PushContext) =>
    createPracticeService(ctx.trx, audit, createPlansService(ctx.trx, audit, activities));

  const pulled: PulledEntity = {
    name: 'practice_log',
    table: 'practice_logs',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const records = new Map<string, WireRecord>();
      for (const row of await practiceLogsByIds(ctx.trx, ids)) {
        const kept =
          row.deleted_at === null &&
          row.plan_deleted_at === null &&
          row.practiced_on >= ctx.historyBefore &&
          withinHistory(row.plan_closed_on, ctx.historyBefore) &&
          mayShowPlans(row, ctx.today);
        records.set(
          row.id,
          kept
            ? { rev: row.rev, deleted: false, data: toPracticeLog(row) }
            : { rev: row.rev, deleted: true, data: null },
        );
      }
      return records;
    },
  };

  const pushed: PushedEntity = {
    name: 'practice_log',
    versioned: true,
    locate: (ctx, id) => locateInHousehold(ctx, 'practice_logs', id),
    parseCreate: (data, id) => practiceLogInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => practiceFieldsSchema.parse(data),
    async create(ctx, _id, input) {
      try {
        return (await service(ctx).create(ctx.meta, input as PracticeLogInputValue)).rev;
      } catch (error) {
        return asFieldError(error);
      }
    },
    async update(ctx, id, input, baseRev) {
      const fields = input as Omit<PracticeLogUpdate, 'rev'>;
      return (await service(ctx).update(ctx.meta, id, { ...fields, rev: baseRev })).rev;
    },
    async current(ctx, id) {
      const row = await findPracticeLog(ctx.trx, ctx.actor, id);
      if (!row) return null;
      return {
        fields: { result: row.result, note: row.note },
        label: `${row.activity_id} · ${row.practiced_on}`,
      };
    },
  };
  return { pulled, pushed };
}
