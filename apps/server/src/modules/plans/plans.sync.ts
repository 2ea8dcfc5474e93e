import {
  planInputSchema,
  planReviewInputSchema,
  planUpdateSchema,
  todayIso,
  type PlanInputValue,
  type PlanReviewInputValue,
  type PlanUpdate,
} from '@birge/domain';
import { invalid } from '../../http/problem.js';
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
import { contentOf, mayShowPlans, toPlan } from './plans.mapper.js';
import { findPlan, plansByIds } from './plans.repo.js';
import { createPlansService } from './plans.service.js';
import { reviewsByIds } from './reviews.repo.js';
import { createReviewsService, toReview } from './reviews.service.js';

const planFieldsSchema = planUpdateSchema.omit({ rev: true });
type PlanFields = Omit<PlanUpdate, 'rev'>;

/** True while a closed plan still belongs on a device (closed after the history cut-off). */
export const withinHistory = (closedOn: string | null, historyBefore: string) =>
  closedOn === null || closedOn >= historyBefore;

/**
 * Plans and their GAS reviews on devices (docs/sync-protocol.md): pulled as the REST API shows
 * them while the person's consent to registration is valid (otherwise as deletions), plans closed
 * before the history cut-off stay on the server with their reviews. Plans are written whole and
 * versioned (a stale edit becomes a conflict); reviews are created once and never changed.
 */
export function planSyncEntities(
  audit: AuditLog,
  activities: ActivityLookup,
): { pulled: PulledEntity[]; pushed: PushedEntity[] } {
  const plans = (ctx: PushContext) => createPlansService(ctx.trx, audit, activities);

  const plan: PulledEntity = {
    name: 'plan',
    table: 'plans',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const records = new Map<string, WireRecord>();
      for (const row of await plansByIds(ctx.trx, ids)) {
        const kept =
          row.deleted_at === null &&
          row.person_deleted_at === null &&
          row.household_deleted_at === null &&
          withinHistory(row.closed_on, ctx.historyBefore) &&
          mayShowPlans(row, ctx.today);
        records.set(
          row.id,
          kept
            ? { rev: row.rev, deleted: false, data: toPlan(row) }
            : { rev: row.rev, deleted: true, data: null },
        );
      }
      return records;
    },
  };

  const review: PulledEntity = {
    name: 'plan_review',
    table: 'plan_reviews',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const records = new Map<string, WireRecord>();
      for (const row of await reviewsByIds(ctx.trx, ids)) {
        const kept =
          row.deleted_at === null &&
          row.plan_deleted_at === null &&
          withinHistory(row.plan_closed_on, ctx.historyBefore) &&
          mayShowPlans(row, ctx.today);
        records.set(
          row.id,
          kept
            ? { rev: row.rev, deleted: false, data: toReview(row) }
            : { rev: row.rev, deleted: true, data: null },
        );
      }
      return records;
    },
  };

  const pushedPlan: PushedEntity = {
    name: 'plan',
    versioned: true,
    locate: (ctx, id) => locateInHousehold(ctx, 'plans', id),
    parseCreate: (data, id) => planInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => planFieldsSchema.parse(data),
    async create(ctx, _id, input) {
      try {
        return (await plans(ctx).create(ctx.meta, input as PlanInputValue)).rev;
      } catch (error) {
        return asFieldError(error);
      }
    },
    async update(ctx, id, input, baseRev) {
      const fields = input as PlanFields;
      return (await plans(ctx).update(ctx.meta, id, { ...fields, rev: baseRev })).rev;
    },
    async current(ctx, id) {
      const row = await findPlan(ctx.trx, ctx.actor, id);
      if (!row || !mayShowPlans(row, todayIso())) return null;
      return {
        fields: { ...contentOf(row), status: row.status },
        label: `${row.starts_on} – ${row.ends_on}`,
      };
    },
  };

  const pushedReview: PushedEntity = {
    name: 'plan_review',
    versioned: false,
    locate: (ctx, id) => locateInHousehold(ctx, 'plan_reviews', id),
    parseCreate: (data, id) => planReviewInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => data,
    async create(ctx, _id, input) {
      const reviews = createReviewsService(ctx.trx, audit, plans(ctx));
      try {
        return (await reviews.create(ctx.meta, input as PlanReviewInputValue)).rev;
      } catch (error) {
        return asFieldError(error);
      }
    },
    // A review is kept as made; a mistaken one is followed by a new review.
    update: () => Promise.reject(invalid([{ path: '', code: 'sync.bad_mutation' }])),
  };

  return { pulled: [plan, review], pushed: [pushedPlan, pushedReview] };
}
