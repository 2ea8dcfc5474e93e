import {
  canAssignCaseload,
  canSuperviseSync,
  placeInScope,
  type Assignment,
  type CaseloadWorker,
  type HouseholdPage,
  type Language,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta } from '../../http/context.js';
import { forbidden, invalid, notFound } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { findHousehold } from '../households/households.repo.js';
import type { HouseholdsService } from '../households/households.service.js';
import { decodeCursor, DEFAULT_PAGE, encodeCursor, MAX_PAGE } from '../registry/cursor.js';
import {
  assignHousehold,
  assignmentOf,
  caseloadHolder,
  caseloadHouseholdIds,
  holdersInScope,
  unassignHousehold,
} from './caseloads.repo.js';

export type CaseloadsService = ReturnType<typeof createCaseloadsService>;

/**
 * Caseloads: which worker holds which household on their device. Supervisors assign within their
 * places; managers look. A household leaves the previous holder's device at its next pull.
 */
export function createCaseloadsService(
  db: Kysely<DB>,
  households: HouseholdsService,
  audit: AuditLog,
) {
  function supervisor(meta: RequestMeta) {
    const actor = actorOf(meta);
    if (!canSuperviseSync(actor)) throw forbidden();
    return actor;
  }

  async function current(householdId: string): Promise<Assignment> {
    const row = await assignmentOf(db, householdId);
    return {
      householdId,
      worker: row ? { id: row.id, name: row.display_name, username: row.username } : null,
      assignedAt: row ? row.assigned_at.toISOString() : null,
    };
  }

  async function visibleHousehold(meta: RequestMeta, householdId: string) {
    const household = await findHousehold(db, supervisor(meta), householdId);
    if (!household) throw notFound();
    return household;
  }

  return {
    async holders(meta: RequestMeta): Promise<CaseloadWorker[]> {
      const rows = await holdersInScope(db, supervisor(meta));
      return rows.map((r) => ({
        id: r.id,
        name: r.display_name,
        username: r.username,
        role: r.role,
        households: r.households,
      }));
    },

    async households(
      meta: RequestMeta,
      userId: string,
      query: { cursor?: string | undefined; limit?: number | undefined },
      language: Language,
    ): Promise<HouseholdPage> {
      supervisor(meta);
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const ids = await caseloadHouseholdIds(db, userId, {
        beforeId: decodeCursor(query.cursor),
        limit: limit + 1,
      });
      const page = ids.slice(0, limit).map((r) => r.household_id);
      const last = page.at(-1);
      return {
        // Only what the reader may see: a holder's households outside the reader's places stay out.
        items: await households.byIds(meta, page, language),
        nextCursor: ids.length > limit && last ? encodeCursor(last) : null,
      };
    },

    async get(meta: RequestMeta, householdId: string): Promise<Assignment> {
      await visibleHousehold(meta, householdId);
      return current(householdId);
    },

    async assign(meta: RequestMeta, householdId: string, workerId: string): Promise<Assignment> {
      const actor = actorOf(meta);
      if (!canAssignCaseload(actor)) throw forbidden();
      const household = await visibleHousehold(meta, householdId);
      const holder = await caseloadHolder(db, workerId);
      if (!holder) throw invalid([{ path: 'workerId', code: 'caseload.worker_not_found' }]);
      // The new holder must be able to see the household, and the supervisor must see the holder.
      const holderActor = {
        userId: holder.id,
        role: holder.role as 'worker' | 'supervisor',
        scopes: holder.scopes,
        householdId: null,
        organizationId: null,
      };
      if (!placeInScope(holderActor, household.place_code))
        throw invalid([{ path: 'workerId', code: 'caseload.outside_worker_places' }]);
      if (!holder.scopes.some((scope) => placeInScope(actor, scope)))
        throw invalid([{ path: 'workerId', code: 'caseload.worker_not_found' }]);
      await inTransaction(db, async (trx) => {
        await assignHousehold(trx, householdId, holder.id, actor.userId);
        await audit.appendIn(trx, meta, {
          action: 'assign',
          entity: 'household',
          entityId: householdId,
          fields: [holder.id],
        });
      });
      return current(householdId);
    },

    async unassign(meta: RequestMeta, householdId: string): Promise<void> {
      const actor = actorOf(meta);
      if (!canAssignCaseload(actor)) throw forbidden();
      await visibleHousehold(meta, householdId);
      await inTransaction(db, async (trx) => {
        if (await unassignHousehold(trx, householdId))
          await audit.appendIn(trx, meta, {
            action: 'unassign',
            entity: 'household',
            entityId: householdId,
          });
      });
    },
  };
}
