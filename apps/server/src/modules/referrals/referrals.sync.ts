import {
  REFERRAL_STATUS_SYNC_ENTITY,
  REFERRAL_SYNC_ENTITY,
  referralSyncCreateSchema,
  referralStatusSyncSchema,
  type ReferralInputValue,
  type ReferralStatusSyncValue,
} from '@birge/domain';
import { invalid, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { PlacesService } from '../places/places.service.js';
import { asFieldError, withinHistory } from '../plans/plans.sync.js';
import { visibleHouseholds } from '../registry/scope.js';
import {
  locateInHousehold,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { toReferral } from './referrals.mapper.js';
import { eventsOf, referralsByIds } from './referrals.repo.js';
import { createReferralsService } from './referrals.service.js';

const rejectUpdate = () => Promise.reject(invalid([{ path: '', code: 'sync.bad_mutation' }]));

/**
 * Referrals on devices (docs/sync-protocol.md, decision 0028): part of the caseload, pulled as the
 * CBR side sees them with their steps, closed ones before the history cut-off left on the server.
 * A device creates referrals (`referral`) and records steps of the loop (`referral_status`, one
 * record per step with the device's own id); both are create-only. A step is checked against the
 * referral as the server holds it when the push arrives, so one the service has overtaken is
 * rejected with the lifecycle's reason rather than kept as a conflict.
 */
export function referralSyncEntities(
  audit: AuditLog,
  places: PlacesService,
): { pulled: PulledEntity; pushed: PushedEntity[] } {
  const service = (ctx: PushContext) => createReferralsService(ctx.trx, audit, places);

  const pulled: PulledEntity = {
    name: REFERRAL_SYNC_ENTITY,
    table: 'referrals',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const rows = await referralsByIds(ctx.trx, ids);
      const events = await eventsOf(
        ctx.trx,
        rows.map((r) => r.id),
      );
      const records = new Map<string, WireRecord>();
      for (const row of rows) {
        const kept =
          row.deleted_at === null &&
          row.person_deleted_at === null &&
          row.household_deleted_at === null &&
          withinHistory(row.closed ? row.status_on : null, ctx.historyBefore);
        const data = toReferral(row, events.get(row.id) ?? [], {
          reader: 'cbr',
          language: ctx.language,
          today: ctx.today,
        });
        records.set(
          row.id,
          kept
            ? { rev: row.rev, deleted: false, data }
            : { rev: row.rev, deleted: true, data: null },
        );
      }
      return records;
    },
  };

  const pushedReferral: PushedEntity = {
    name: REFERRAL_SYNC_ENTITY,
    versioned: false,
    locate: (ctx, id) => locateInHousehold(ctx, 'referrals', id),
    parseCreate: (data, id) => referralSyncCreateSchema.parse({ ...data, id }),
    parseUpdate: (data) => data,
    async create(ctx, _id, input) {
      try {
        return (await service(ctx).create(ctx.meta, input as ReferralInputValue, ctx.language)).rev;
      } catch (error) {
        return asFieldError(error);
      }
    },
    // Steps of the loop are `referral_status` records; what was sent stays as sent.
    update: rejectUpdate,
  };

  const pushedStatus: PushedEntity = {
    name: REFERRAL_STATUS_SYNC_ENTITY,
    versioned: false,
    async locate(ctx, id) {
      const row = await ctx.trx
        .selectFrom('referral_events as e')
        .innerJoin('referrals as r', 'r.id', 'e.referral_id')
        .innerJoin('households as h', 'h.id', 'r.household_id')
        .select(['r.household_id', 'h.place_code'])
        .where('e.id', '=', id)
        .where(visibleHouseholds(ctx.actor))
        .executeTakeFirst();
      return row
        ? { rev: 1, deleted: false, householdId: row.household_id, placeCode: row.place_code }
        : null;
    },
    parseCreate: (data) => referralStatusSyncSchema.parse(data),
    parseUpdate: (data) => data,
    async create(ctx, id, input) {
      const { referralId, ...change } = input as ReferralStatusSyncValue;
      try {
        await service(ctx).changeStatus(ctx.meta, referralId, change, ctx.language, id);
        return 1;
      } catch (error) {
        if (error instanceof ProblemError && error.code === 'not_found')
          throw invalid([{ path: 'referralId', code: 'sync.not_found' }]);
        throw error;
      }
    },
    // A step is recorded once; a mistaken one is followed by the next step.
    update: rejectUpdate,
  };

  return { pulled, pushed: [pushedReferral, pushedStatus] };
}
