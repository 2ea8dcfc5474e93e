import { consentInputSchema, consentWithdrawalSchema, type ConsentInput } from '@birge/domain';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit.service.js';
import { visibleHouseholds } from '../registry/scope.js';
import type { PushContext, PushedEntity } from '../sync/sync.entities.js';
import { createConsentsService } from './consents.service.js';

const personRefSchema = z.object({ personId: z.uuid() });

/**
 * Consents written on a device: given once (baseRev null), withdrawn once (any baseRev). They are
 * not versioned — a second withdrawal is refused by the rules, not kept as a conflict — and they
 * reach devices inside their person.
 */
export function consentSyncEntity(audit: AuditLog): PushedEntity {
  const service = (ctx: PushContext) => createConsentsService(ctx.trx, audit);
  return {
    name: 'consent',
    versioned: false,
    async locate(ctx, id) {
      const row = await ctx.trx
        .selectFrom('consents as c')
        .innerJoin('persons as p', 'p.id', 'c.person_id')
        .innerJoin('households as h', 'h.id', 'p.household_id')
        .select(['p.deleted_at', 'p.household_id', 'h.place_code'])
        .where('c.id', '=', id)
        .where(visibleHouseholds(ctx.actor))
        .executeTakeFirst();
      return row
        ? {
            rev: 1,
            deleted: row.deleted_at !== null,
            householdId: row.household_id,
            placeCode: row.place_code,
          }
        : null;
    },
    parseCreate: (data, id) => {
      const { personId, ...consent } = data;
      return {
        ...personRefSchema.parse({ personId }),
        consent: consentInputSchema.parse({ ...consent, id }),
      };
    },
    parseUpdate: (data) => consentWithdrawalSchema.parse(data),
    async create(ctx, _id, input) {
      const { personId, consent } = input as { personId: string; consent: ConsentInput };
      await service(ctx).add(ctx.meta, personId, consent);
      return 1;
    },
    async update(ctx, id, input) {
      await service(ctx).withdraw(ctx.meta, id, consentWithdrawalSchema.parse(input));
      return 1;
    },
  };
}
