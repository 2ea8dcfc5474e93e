import type { Actor, ConsentWithdrawal } from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { visibleHouseholds } from '../registry/scope.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A consent of a person the actor may see. */
export function findConsent(db: Executor, actor: Actor, id: string) {
  return db
    .selectFrom('consents as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .selectAll('c')
    .where('c.id', '=', id)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .executeTakeFirst();
}

/** Marks a consent withdrawn unless it already is; false when someone else withdrew it first. */
export async function markWithdrawn(
  trx: Transaction<DB>,
  id: string,
  input: ConsentWithdrawal,
  actorId: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('consents')
    .set({
      withdrawn_on: input.withdrawnOn,
      withdrawal_reason: input.reason,
      withdrawn_by: actorId,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('withdrawn_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
