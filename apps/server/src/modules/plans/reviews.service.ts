import {
  canWritePlans,
  evaluateReview,
  todayIso,
  type PlanReview,
  type PlanReviewInputValue,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta } from '../../http/context.js';
import { forbidden, invalid, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { recordChange } from '../registry/history.js';
import { findPlan } from './plans.repo.js';
import { consentRequired, lockPlanPerson, type PlansService } from './plans.service.js';
import { insertReview, reviewExists, reviewsOfPlan, type ReviewRecord } from './reviews.repo.js';

export function toReview(row: ReviewRecord): PlanReview {
  return {
    id: row.id,
    planId: row.plan_id,
    personId: row.person_id,
    householdId: row.household_id,
    reviewedOn: row.reviewed_on,
    planRev: row.plan_rev,
    goals: row.goals,
    gasWeighting: row.gas_weighting,
    rho: row.rho,
    tScore: row.t_score,
    note: row.note,
    reviewedBy: row.reviewed_by_name,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The plan a write names: out of sight or unknown is 404 on the `planId` field. */
export const planNotFound = (code = 'plan.not_found') =>
  new ProblemError(404, 'not_found', { errors: [{ path: 'planId', code }] });

export type ReviewsService = ReturnType<typeof createReviewsService>;

/**
 * GAS reviews: every goal of an active plan scored −2…+2; the T-score is computed by the domain's
 * `evaluateReview` (the device's own function) and stored with ρ and the weights it used, so it
 * can be reproduced. Reviews are kept as made: a mistaken one is followed by a new one.
 */
export function createReviewsService(db: Kysely<DB>, audit: AuditLog, plans: PlansService) {
  return {
    async create(meta: RequestMeta, input: PlanReviewInputValue): Promise<PlanReview> {
      const actor = actorOf(meta);
      if (!canWritePlans(actor)) throw forbidden();
      const id = input.id ?? uuidv7();
      await inTransaction(db, async (trx) => {
        const seen = await findPlan(trx, actor, input.planId);
        if (!seen) throw planNotFound();
        const person = await lockPlanPerson(trx, actor, seen.person_id);
        if (!person) throw planNotFound();
        if (!person.consentValid) throw consentRequired('planId');
        const plan = await findPlan(trx, actor, input.planId, { forUpdate: true });
        if (!plan) throw planNotFound();
        const result = evaluateReview(
          input,
          {
            status: plan.status,
            startsOn: plan.starts_on,
            goals: plan.goals,
            gasWeighting: plan.gas_weighting,
          },
          todayIso(),
        );
        if (!result.ok) throw invalid(result.issues);
        if (await reviewExists(trx, id)) throw new ProblemError(409, 'duplicate_id');
        await insertReview(trx, {
          id,
          plan_id: plan.id,
          person_id: plan.person_id,
          household_id: plan.household_id,
          reviewed_on: input.reviewedOn,
          plan_rev: plan.rev,
          goals: result.value.goals,
          gas_weighting: plan.gas_weighting,
          rho: input.rho,
          t_score: result.value.tScore,
          note: input.note,
          reviewed_by: actor.userId,
        });
        await recordChange(trx, audit, meta, {
          entity: 'plan_review',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: ['levels', 'note', 'planId', 'reviewedOn', 'rho'],
          snapshot: null,
        });
      });
      const row = (await reviewsOfPlan(db, input.planId)).find((r) => r.id === id);
      if (!row) throw new Error(`review ${id} not found after insert`);
      return toReview(row);
    },

    /** A plan's reviews, oldest first; the read is audited. */
    async list(meta: RequestMeta, planId: string): Promise<{ items: PlanReview[] }> {
      const actor = actorOf(meta);
      await plans.readable(actor, planId);
      const rows = await reviewsOfPlan(db, planId);
      await audit.append(meta, {
        action: 'read',
        entity: 'plan',
        entityId: planId,
        fields: ['reviews'],
      });
      return { items: rows.map(toReview) };
    },
  };
}
