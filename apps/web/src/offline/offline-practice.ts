import {
  planAdherence,
  practiceIssues,
  practiceLogInputSchema,
  practiceLogUpdateSchema,
  todayIso,
  type PracticeLog,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { PracticeOperations } from '../data/repository.js';
import { invalid, notFound, parseWith } from './offline-errors.js';
import { readRecord } from './local-store.js';
import {
  PLAN_ENTITY,
  householdList,
  readPerson,
  readPlan,
  requireConsent,
  savePlanWrite,
  withRev,
  type PlanContext,
} from './plan-records.js';

/** By day, then by when they were logged, as the server lists them. */
export function byPracticeDay(a: PracticeLog, b: PracticeLog): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);
}

const updateFields = practiceLogUpdateSchema.omit({ rev: true });

/**
 * The home programme's practice log on the device: a log is checked with the domain's
 * `practiceIssues` against the plan on the device, and adherence per assignment and week is the
 * domain's `planAdherence` over the logs the device holds — the server's numbers, offline.
 */
export function createOfflinePractice(ctx: PlanContext): PracticeOperations {
  const { store, registry, t } = ctx;
  const today = ctx.today ?? (() => todayIso());
  const now = () => new Date().toISOString();

  async function save(log: PracticeLog, create: boolean, data: Record<string, unknown>) {
    await savePlanWrite(
      store,
      registry,
      {
        entity: PLAN_ENTITY.practice,
        id: log.id,
        householdId: log.householdId,
        view: log,
        data,
        create,
        label: `${log.activityId} · ${log.date}`,
      },
      ctx.onWrite,
    );
    const saved = await readRecord<PracticeLog>(store, PLAN_ENTITY.practice, log.id);
    return saved ? withRev(saved) : log;
  }

  return {
    async listPractice(planId) {
      const { plan } = await readPlan(store, t, planId);
      const logs = (await householdList<PracticeLog>(store, PLAN_ENTITY.practice, plan.householdId))
        .filter((l) => l.planId === planId)
        .sort(byPracticeDay);
      return { items: logs, adherence: planAdherence(plan.assignments, logs, today()) };
    },

    async logPractice(input) {
      const parsed = parseWith(t, practiceLogInputSchema, input);
      const { plan } = await readPlan(store, t, parsed.planId);
      requireConsent(t, await readPerson(store, t, plan.personId), today(), 'planId');
      const issues = practiceIssues(parsed, plan, today());
      const assignment = plan.assignments.find((a) => a.id === parsed.assignmentId);
      if (issues.length || !assignment) throw invalid(t, issues);
      const at = now();
      const { id: given, ...data } = parsed;
      return save(
        {
          id: given ?? uuidv7(),
          planId: plan.id,
          assignmentId: assignment.id,
          activityId: assignment.activityId,
          personId: plan.personId,
          householdId: plan.householdId,
          date: parsed.date,
          result: parsed.result,
          note: parsed.note,
          loggedBy: ctx.author(),
          loggedByRole: ctx.role(),
          rev: 0,
          createdAt: at,
          updatedAt: at,
        },
        true,
        data,
      );
    },

    async updatePractice(id, { rev: _rev, ...fields }) {
      const existing = await readRecord<PracticeLog>(store, PLAN_ENTITY.practice, id);
      if (!existing) throw notFound(t);
      const { result, note } = parseWith(t, updateFields, fields);
      const { plan } = await readPlan(store, t, existing.data.planId);
      requireConsent(t, await readPerson(store, t, plan.personId), today(), 'planId');
      return save({ ...withRev(existing), result, note, updatedAt: now() }, false, {
        result,
        note,
      });
    },
  };
}
