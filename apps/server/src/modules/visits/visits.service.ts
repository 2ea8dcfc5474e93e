import {
  canReadVisits,
  canWriteVisits,
  todayIso,
  visitIssues,
  type Visit,
  type VisitContent,
  type VisitInputValue,
  type VisitPage,
  type VisitUpdate,
} from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import { decodeListCursor, encodeListCursor } from '../assessments/assessments.mapper.js';
import type { AuditLog } from '../audit/audit.service.js';
import { findHousehold } from '../households/households.repo.js';
import { findPerson } from '../persons/persons.repo.js';
import { wellFormedActivities, type ActivityLookup } from '../plans/activity-lookup.js';
import { DEFAULT_PAGE, MAX_PAGE } from '../registry/cursor.js';
import { recordChange } from '../registry/history.js';
import {
  findVisit,
  householdFacts,
  insertVisit,
  listVisits,
  updateVisit,
  visitExists,
  type VisitChange,
  type VisitRecord,
} from './visits.repo.js';

export function toVisit(row: VisitRecord): Visit {
  return {
    id: row.id,
    householdId: row.household_id,
    kind: row.kind,
    visitedOn: row.visited_on,
    personIds: row.person_ids,
    planId: row.plan_id,
    presentMemberIds: row.present_member_ids,
    presentOthers: row.present_others,
    activityIds: row.activity_ids,
    assessmentIds: row.assessment_ids,
    reviewIds: row.review_ids,
    notes: row.notes,
    nextVisitOn: row.next_visit_on,
    recordedBy: row.recorded_by_name,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function changeOf(v: VisitContent): VisitChange {
  return {
    kind: v.kind,
    visited_on: v.visitedOn,
    person_ids: v.personIds,
    plan_id: v.planId,
    present_member_ids: v.presentMemberIds,
    present_others: v.presentOthers,
    activity_ids: v.activityIds,
    assessment_ids: v.assessmentIds,
    review_ids: v.reviewIds,
    notes: v.notes,
    next_visit_on: v.nextVisitOn,
  };
}

const FIELD_NAMES: Record<keyof VisitChange, keyof VisitContent> = {
  kind: 'kind',
  visited_on: 'visitedOn',
  person_ids: 'personIds',
  plan_id: 'planId',
  present_member_ids: 'presentMemberIds',
  present_others: 'presentOthers',
  activity_ids: 'activityIds',
  assessment_ids: 'assessmentIds',
  review_ids: 'reviewIds',
  notes: 'notes',
  next_visit_on: 'nextVisitOn',
};

const householdNotFound = () =>
  new ProblemError(404, 'not_found', {
    errors: [{ path: 'householdId', code: 'visit.household_not_found' }],
  });

function writer(meta: RequestMeta): SessionUser {
  const actor = actorOf(meta);
  if (!canWriteVisits(actor)) throw forbidden();
  return actor;
}

export interface VisitListQuery {
  householdId?: string | undefined;
  personId?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type VisitsService = ReturnType<typeof createVisitsService>;

/**
 * Visit records (issue 5): home, phone or community contacts with a household. A visit needs no
 * consent of its own — the first visit is often where consent is asked — but names only the
 * household's own members, plans, assessments and reviews (the domain's `visitIssues`).
 */
export function createVisitsService(
  db: Kysely<DB>,
  audit: AuditLog,
  activities: ActivityLookup = wellFormedActivities,
) {
  async function check(trx: Transaction<DB>, householdId: string, visit: VisitContent) {
    const facts = await householdFacts(trx, householdId);
    const known = await activities.known(trx, visit.activityIds);
    const issues = visitIssues(visit, {
      householdMemberIds: facts.members,
      planIds: facts.plans,
      assessmentIds: facts.assessments,
      reviewIds: facts.reviews,
      activityExists: (id) => known.has(id),
      today: todayIso(),
    });
    if (issues.length) throw invalid(issues);
  }

  async function load(actor: SessionUser, id: string): Promise<Visit> {
    const row = await findVisit(db, actor, id);
    if (!row) throw notFound();
    return toVisit(row);
  }

  return {
    async create(meta: RequestMeta, input: VisitInputValue): Promise<Visit> {
      const actor = writer(meta);
      const id = input.id ?? uuidv7();
      await inTransaction(db, async (trx) => {
        const household = await findHousehold(trx, actor, input.householdId, { forUpdate: true });
        if (!household) throw householdNotFound();
        const { id: _id, householdId, ...content } = input;
        await check(trx, householdId, content);
        if (await visitExists(trx, id)) throw new ProblemError(409, 'duplicate_id');
        await insertVisit(trx, {
          id,
          household_id: householdId,
          recorded_by: actor.userId,
          ...changeOf(content),
        });
        await recordChange(trx, audit, meta, {
          entity: 'visit',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: ['householdId', ...Object.keys(content).sort()],
          snapshot: null,
        });
      });
      return load(actor, id);
    },

    async update(meta: RequestMeta, id: string, input: VisitUpdate): Promise<Visit> {
      const actor = writer(meta);
      await inTransaction(db, async (trx) => {
        const row = await findVisit(trx, actor, id, { forUpdate: true });
        if (!row) throw notFound();
        if (row.rev !== input.rev)
          throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: row.rev } });
        const { rev: _rev, ...content } = input;
        const change = changeOf(content);
        const changed = (Object.keys(change) as (keyof VisitChange)[])
          .filter((k) => JSON.stringify(row[k]) !== JSON.stringify(change[k]))
          .map((k) => FIELD_NAMES[k])
          .sort();
        if (changed.length === 0) return;
        await check(trx, row.household_id, content);
        const rev = await updateVisit(trx, id, change);
        await recordChange(trx, audit, meta, {
          entity: 'visit',
          entityId: id,
          rev,
          op: 'update',
          changedFields: changed,
          snapshot: null,
        });
      });
      return load(actor, id);
    },

    /** One visit (each read is written to the audit log). */
    async get(meta: RequestMeta, id: string): Promise<Visit> {
      const actor = actorOf(meta);
      if (!canReadVisits(actor)) throw notFound();
      const visit = await load(actor, id);
      await audit.append(meta, { action: 'read', entity: 'visit', entityId: id });
      return visit;
    },

    /** A household's visits, or those concerning a person, newest first; the read is audited. */
    async list(meta: RequestMeta, query: VisitListQuery): Promise<VisitPage> {
      const actor = actorOf(meta);
      if (!canReadVisits(actor)) throw forbidden();
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const after = decodeListCursor(query.cursor);
      let householdId = query.householdId;
      if (query.personId) {
        const person = await findPerson(db, actor, query.personId);
        if (!person || (householdId && person.household_id !== householdId))
          return { items: [], nextCursor: null };
        householdId = person.household_id;
      }
      if (!householdId) return { items: [], nextCursor: null };
      const rows = await listVisits(db, actor, {
        householdId,
        personId: query.personId,
        after,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      if (page.length > 0)
        await audit.append(meta, {
          action: 'read',
          entity: query.personId ? 'person' : 'household',
          entityId: query.personId ?? householdId,
          fields: ['visits'],
        });
      const last = page.at(-1);
      return {
        items: page.map(toVisit),
        nextCursor:
          rows.length > limit && last
            ? encodeListCursor({ on: last.visited_on, at: last.created_at_text, id: last.id })
            : null,
      };
    },
  };
}
