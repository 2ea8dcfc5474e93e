import {
  todayIso,
  visitInputSchema,
  visitIssues,
  visitUpdateSchema,
  type Assessment,
  type HouseholdRecord,
  type Plan,
  type PlanReview,
  type Visit,
  type VisitContent,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { VisitOperations } from '../data/repository.js';
import { invalid, notFound, parseWith } from './offline-errors.js';
import { readRecord } from './local-store.js';
import {
  PLAN_ENTITY,
  householdList,
  householdMemberIds,
  readPerson,
  savePlanWrite,
  withRev,
  type PlanContext,
} from './plan-records.js';

/** Newest first, as the server lists them: by day, then by when they were recorded. */
export function byNewestVisit(a: Visit, b: Visit): number {
  return b.visitedOn.localeCompare(a.visitedOn) || b.createdAt.localeCompare(a.createdAt);
}

const idsOf = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
const updateFields = visitUpdateSchema.omit({ rev: true });

/**
 * Visit records on the device, checked with the domain's `visitIssues` against what the device
 * holds of the household: its members, plans, assessments and reviews, and the activity library.
 * A visit needs no consent of its own (the first visit is often where it is asked).
 */
export function createOfflineVisits(ctx: PlanContext): VisitOperations {
  const { store, registry, t } = ctx;
  const today = ctx.today ?? (() => todayIso());
  const now = () => new Date().toISOString();

  async function check(householdId: string, content: VisitContent) {
    const household = await readRecord<HouseholdRecord>(store, 'household', householdId);
    if (!household) throw notFound(t);
    const [members, plans, assessments, reviews, activities] = await Promise.all([
      householdMemberIds(store, householdId),
      householdList<Plan>(store, PLAN_ENTITY.plan, householdId),
      householdList<Assessment>(store, 'assessment', householdId),
      householdList<PlanReview>(store, PLAN_ENTITY.review, householdId),
      ctx.activityIds(),
    ]);
    const issues = visitIssues(content, {
      householdMemberIds: members,
      planIds: idsOf(plans),
      assessmentIds: idsOf(assessments),
      reviewIds: idsOf(reviews),
      ...(activities ? { activityExists: (id: string) => activities.has(id) } : {}),
      today: today(),
    });
    if (issues.length) throw invalid(t, issues);
  }

  async function save(visit: Visit, create: boolean, data: Record<string, unknown>) {
    await savePlanWrite(
      store,
      registry,
      {
        entity: PLAN_ENTITY.visit,
        id: visit.id,
        householdId: visit.householdId,
        view: visit,
        data,
        create,
        label: `${visit.kind} · ${visit.visitedOn}`,
      },
      ctx.onWrite,
    );
    const saved = await readRecord<Visit>(store, PLAN_ENTITY.visit, visit.id);
    return saved ? withRev(saved) : visit;
  }

  return {
    async listVisits(query) {
      const householdId =
        'householdId' in query
          ? query.householdId
          : (await readPerson(store, t, query.personId)).householdId;
      const visits = await householdList<Visit>(store, PLAN_ENTITY.visit, householdId);
      return visits
        .filter((v) => !('personId' in query) || v.personIds.includes(query.personId))
        .sort(byNewestVisit);
    },

    async getVisit(id) {
      const record = await readRecord<Visit>(store, PLAN_ENTITY.visit, id);
      if (!record) throw notFound(t);
      return withRev(record);
    },

    async createVisit(input) {
      const { id: given, householdId, ...content } = parseWith(t, visitInputSchema, input);
      await check(householdId, content);
      const at = now();
      const visit: Visit = {
        id: given ?? uuidv7(),
        householdId,
        ...content,
        recordedBy: ctx.author(),
        rev: 0,
        createdAt: at,
        updatedAt: at,
      };
      return save(visit, true, { householdId, ...content });
    },

    async updateVisit(id, { rev: _rev, ...fields }) {
      const existing = await readRecord<Visit>(store, PLAN_ENTITY.visit, id);
      if (!existing) throw notFound(t);
      const content = parseWith(t, updateFields, fields);
      await check(existing.data.householdId, content);
      return save({ ...withRev(existing), ...content, updatedAt: now() }, false, content);
    },
  };
}
