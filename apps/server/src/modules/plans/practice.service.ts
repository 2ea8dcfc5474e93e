import {
  canLogPractice,
  canReadPlans,
  planAdherence,
  practiceIssues,
  registryAccess,
  todayIso,
  addDays,
  type PracticeLog,
  type PracticeLogInputValue,
  type PracticeLogList,
  type PracticeLogUpdate,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { recordChange } from '../registry/history.js';
import { mayShowPlans } from './plans.mapper.js';
import { findPlan } from './plans.repo.js';
import { consentRequired, lockPlanPerson, type PlansService } from './plans.service.js';
import {
  findPracticeLog,
  insertPracticeLog,
  logsOfPlan,
  practiceLogExists,
  updatePracticeLog,
  type PracticeRecord,
} from './practice.repo.js';
import { planNotFound } from './reviews.service.js';

export function toPracticeLog(row: Omit<PracticeRecord, 'place_code'>): PracticeLog {
  return {
    id: row.id,
    planId: row.plan_id,
    assignmentId: row.assignment_id,
    activityId: row.activity_id,
    personId: row.person_id,
    householdId: row.household_id,
    date: row.practiced_on,
    result: row.result,
    note: row.note,
    loggedBy: row.logged_by_name,
    loggedByRole: row.logged_by_role,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function logger(meta: RequestMeta): SessionUser {
  const actor = actorOf(meta);
  if (!canLogPractice(actor)) throw forbidden();
  return actor;
}

/**
 * A plan the caller cannot log for: a family member sees only their own household, so any other
 * plan (existing or not) is "not your household's" — the answer is the same either way.
 */
const notTheirPlan = (actor: SessionUser) =>
  planNotFound(
    registryAccess(actor.role) === 'own-household' ? 'practice.other_household' : 'plan.not_found',
  );

export interface PracticeListQuery {
  planId: string;
  from?: string | undefined;
  to?: string | undefined;
}

export type PracticeService = ReturnType<typeof createPracticeService>;

/**
 * The home programme's practice log: the family's one tap (done / partly / not today) on an
 * assignment of an active plan of their own household, or the worker's on a visit. Adherence per
 * assignment and ISO week is the domain's `planAdherence` (partly counts half).
 */
export function createPracticeService(db: Kysely<DB>, audit: AuditLog, plans: PlansService) {
  return {
    async create(meta: RequestMeta, input: PracticeLogInputValue): Promise<PracticeLog> {
      const actor = logger(meta);
      const id = input.id ?? uuidv7();
      await inTransaction(db, async (trx) => {
        const seen = await findPlan(trx, actor, input.planId);
        if (!seen) throw notTheirPlan(actor);
        const person = await lockPlanPerson(trx, actor, seen.person_id);
        if (!person) throw notTheirPlan(actor);
        if (!person.consentValid) throw consentRequired('planId');
        const issues = practiceIssues(input, seen, todayIso());
        if (issues.length) throw invalid(issues);
        const assignment = seen.assignments.find((a) => a.id === input.assignmentId);
        if (!assignment)
          throw invalid([{ path: 'assignmentId', code: 'practice.activity_not_in_plan' }]);
        if (await practiceLogExists(trx, id)) throw new ProblemError(409, 'duplicate_id');
        await insertPracticeLog(trx, {
          id,
          plan_id: seen.id,
          assignment_id: assignment.id,
          activity_id: assignment.activityId,
          person_id: seen.person_id,
          household_id: seen.household_id,
          practiced_on: input.date,
          result: input.result,
          note: input.note,
          logged_by: actor.userId,
          logged_by_role: actor.role,
        });
        await recordChange(trx, audit, meta, {
          entity: 'practice_log',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: ['assignmentId', 'date', 'note', 'planId', 'result'],
          snapshot: null,
        });
      });
      return this.get(meta, id);
    },

    /** A wrong tap corrected: result and note; plan, assignment and day stay. */
    async update(meta: RequestMeta, id: string, input: PracticeLogUpdate): Promise<PracticeLog> {
      const actor = logger(meta);
      await inTransaction(db, async (trx) => {
        const seen = await findPracticeLog(trx, actor, id);
        if (!seen) throw notFound();
        const person = await lockPlanPerson(trx, actor, seen.person_id);
        if (!person) throw notFound();
        if (!person.consentValid) throw consentRequired('planId');
        const row = await findPracticeLog(trx, actor, id, { forUpdate: true });
        if (!row) throw notFound();
        if (row.rev !== input.rev)
          throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: row.rev } });
        const changed = (['result', 'note'] as const).filter((f) => row[f] !== input[f]);
        if (changed.length === 0) return;
        const rev = await updatePracticeLog(trx, id, { result: input.result, note: input.note });
        await recordChange(trx, audit, meta, {
          entity: 'practice_log',
          entityId: id,
          rev,
          op: 'update',
          changedFields: [...changed],
          snapshot: null,
        });
      });
      return this.get(meta, id);
    },

    async get(meta: RequestMeta, id: string): Promise<PracticeLog> {
      const actor = actorOf(meta);
      if (!canReadPlans(actor)) throw notFound();
      const row = await findPracticeLog(db, actor, id);
      if (!row || !mayShowPlans(row, todayIso())) throw notFound();
      return toPracticeLog(row);
    },

    /**
     * A plan's practice, by day, with adherence per assignment and ISO week (weeks that overlap
     * `from`…`to` when given); the read is audited.
     */
    async list(meta: RequestMeta, query: PracticeListQuery): Promise<PracticeLogList> {
      const actor = actorOf(meta);
      if (!canReadPlans(actor)) throw forbidden();
      const plan = await plans.readable(actor, query.planId);
      const today = todayIso();
      const all = await logsOfPlan(db, plan.id);
      const inRange = (date: string) =>
        (!query.from || date >= query.from) && (!query.to || date <= query.to);
      const adherence = planAdherence(plan.assignments, all.map(toPracticeLog), today).filter(
        (week) =>
          (!query.from || addDays(week.weekStart, 6) >= query.from) &&
          (!query.to || week.weekStart <= query.to),
      );
      await audit.append(meta, {
        action: 'read',
        entity: 'plan',
        entityId: plan.id,
        fields: ['practice'],
      });
      return { items: all.filter((l) => inRange(l.practiced_on)).map(toPracticeLog), adherence };
    },
  };
}
