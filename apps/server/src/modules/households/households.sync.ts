import { householdInputSchema, householdUpdateSchema, type HouseholdInput } from '@birge/domain';
import type { AuditLog } from '../audit/audit.service.js';
import { createPlacesService } from '../places/places.service.js';
import { visibleHouseholds } from '../registry/scope.js';
import {
  revisionOf,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { toHousehold } from './households.mapper.js';
import { createHouseholdsService } from './households.service.js';

const householdFieldsSchema = householdUpdateSchema.omit({ rev: true });

/** The fields a device writes, as a conflict compares them. */
const WRITABLE = [
  'placeCode',
  'address',
  'landmark',
  'coordinates',
  'phone',
  'livingConditions',
  'notes',
] as const;

/** Households on devices: pulled without members (members are persons), written whole. */
export function householdSyncEntities(audit: AuditLog): {
  pulled: PulledEntity;
  pushed: PushedEntity;
} {
  // Services bound to the push's transaction: every read and write of a mutation happens inside it.
  const service = (ctx: PushContext) =>
    createHouseholdsService(ctx.trx, createPlacesService(ctx.trx), audit);

  const pulled: PulledEntity = {
    name: 'household',
    table: 'households',
    householdColumn: 'id',
    async present(ctx, ids) {
      const rows = await ctx.trx
        .selectFrom('households')
        .selectAll()
        .where('id', 'in', ids)
        .execute();
      const labels = await createPlacesService(ctx.trx).labels(
        new Set(rows.map((r) => r.place_code)),
        ctx.language,
      );
      const records = new Map<string, WireRecord>();
      for (const row of rows) {
        if (row.deleted_at) {
          records.set(row.id, { rev: row.rev, deleted: true, data: null });
          continue;
        }
        const { members: _members, ...data } = toHousehold(row, labels.get(row.place_code), []);
        records.set(row.id, { rev: row.rev, deleted: false, data });
      }
      return records;
    },
  };

  const pushed: PushedEntity = {
    name: 'household',
    versioned: true,
    async locate(ctx, id) {
      const row = await ctx.trx
        .selectFrom('households as h')
        .select(['h.id', 'h.rev', 'h.deleted_at', 'h.place_code'])
        .where('h.id', '=', id)
        .where(visibleHouseholds(ctx.actor))
        .executeTakeFirst();
      return row
        ? {
            rev: row.rev,
            deleted: row.deleted_at !== null,
            householdId: row.id,
            placeCode: row.place_code,
          }
        : null;
    },
    parseCreate: (data, id) => householdInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => householdFieldsSchema.parse(data),
    async create(ctx, _id, input) {
      const household = await service(ctx).create(ctx.meta, input as HouseholdInput, ctx.language);
      return household.rev;
    },
    async update(ctx, id, input, baseRev) {
      const fields = input as ReturnType<typeof householdFieldsSchema.parse>;
      const household = await service(ctx).update(
        ctx.meta,
        id,
        { ...fields, rev: baseRev },
        ctx.language,
      );
      return household.rev;
    },
    async remove(ctx, id) {
      await service(ctx).remove(ctx.meta, id);
      return revisionOf(ctx.trx, 'households', id);
    },
    async current(ctx, id) {
      const [household] = await service(ctx).byIds(ctx.meta, [id], ctx.language);
      if (!household) return null;
      return {
        fields: Object.fromEntries(WRITABLE.map((key) => [key, household[key]])),
        label: `${household.address}, ${household.place.name}`,
      };
    },
  };
  return { pulled, pushed };
}
