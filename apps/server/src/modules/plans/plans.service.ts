import {
  canReadPlans,
  canWritePlans,
  isPlanClosed,
  planIssues,
  statusIssues,
  todayIso,
  type Plan,
  type PlanContent,
  type PlanHistory,
  type PlanInputValue,
  type PlanPage,
  type PlanStatus,
  type PlanUpdate,
} from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import { decodeListCursor, encodeListCursor } from '../assessments/assessments.mapper.js';
import { personsWithConsents } from '../assessments/assessments.repo.js';
import type { AuditLog } from '../audit/audit.service.js';
import { consentsJson } from '../registry/consent-visibility.js';
import { DEFAULT_PAGE, MAX_PAGE } from '../registry/cursor.js';
import { recordChange } from '../registry/history.js';
import { visibleHouseholds } from '../registry/scope.js';
import { wellFormedActivities, type ActivityLookup } from './activity-lookup.js';
import {
  changedContentFields,
  contentOf,
  mayShowPlans,
  storedGoals,
  toPlan,
  toPlanVersion,
} from './plans.mapper.js';
import {
  assessmentIdsOf,
  findPlan,
  insertPlan,
  insertPlanVersion,
  listPlans,
  planExists,
  planVersions,
  reviewedGoalIds,
  updatePlan,
  type PlanChange,
  type PlanRecord,
} from './plans.repo.js';

/** A person the caller cannot see answers like one that does not exist (docs/decisions/0004). */
const personNotFound = () =>
  new ProblemError(404, 'not_found', {
    errors: [{ path: 'personId', code: 'plan.person_not_found' }],
  });
const staleRevision = (rev: number) =>
  new ProblemError(409, 'stale_revision', { extensions: { currentRev: rev } });
export const consentRequired = (path = 'personId') =>
  invalid([{ path, code: 'plan.consent_required' }]);

/**
 * Locks a visible, live person and returns what plan rules need: household, members, and whether
 * the person's consent to registration is valid today.
 */
export async function lockPlanPerson(trx: Transaction<DB>, actor: SessionUser, personId: string) {
  const person = await trx
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id', 'p.birth_date', consentsJson('p').as('consents')])
    .where('p.id', '=', personId)
    .where('p.deleted_at', 'is', null)
    .where('h.deleted_at', 'is', null)
    .where(visibleHouseholds(actor))
    .forUpdate(['p'])
    .executeTakeFirst();
  if (!person) return null;
  const members = await trx
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', person.household_id)
    .where('deleted_at', 'is', null)
    .execute();
  return {
    ...person,
    memberIds: new Set(members.map((m) => m.id)),
    consentValid: mayShowPlans(person, todayIso()),
  };
}

function writer(meta: RequestMeta): SessionUser {
  const actor = actorOf(meta);
  if (!canWritePlans(actor)) throw forbidden();
  return actor;
}

export interface PlanListQuery {
  personId?: string | undefined;
  householdId?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type PlansService = ReturnType<typeof createPlansService>;

/**
 * Individual rehabilitation plans (issue 5): checked by the domain's `planIssues` — the rules a
 * phone applies offline — and stored whole with every revision kept in plan_versions. Writes lock
 * the person, so a consent withdrawn at the same moment is seen.
 */
export function createPlansService(
  db: Kysely<DB>,
  audit: AuditLog,
  activities: ActivityLookup = wellFormedActivities,
) {
  /** A readable plan, or 404 (out of sight, or the person has no valid consent). */
  async function readable(actor: SessionUser, id: string, executor: Kysely<DB> = db) {
    if (!canReadPlans(actor)) throw notFound();
    const row = await findPlan(executor, actor, id);
    if (!row) throw notFound();
    if (!mayShowPlans(row, todayIso()))
      throw new ProblemError(404, 'not_found', {
        errors: [{ path: 'personId', code: 'plan.consent_required' }],
      });
    return row;
  }

  /** Checks content and status against the plan rules, with what the database knows. */
  async function check(
    trx: Transaction<DB>,
    person: NonNullable<Awaited<ReturnType<typeof lockPlanPerson>>>,
    content: PlanContent,
    status: PlanStatus,
    previous?: PlanRecord,
  ): Promise<void> {
    if (!person.consentValid) throw consentRequired();
    const known = await activities.known(
      trx,
      content.assignments.map((a) => a.activityId),
    );
    const assessments = content.goals.some((g) => g.source)
      ? await assessmentIdsOf(trx, person.id)
      : new Set<string>();
    const issues = planIssues(content, status, {
      householdMemberIds: person.memberIds,
      activityExists: (id) => known.has(id),
      assessmentExists: (id) => assessments.has(id),
      ...(previous
        ? {
            previousGoals: previous.goals,
            reviewedGoalIds: await reviewedGoalIds(trx, previous.id),
          }
        : {}),
    });
    if (issues.length) throw invalid(issues);
  }

  function changeOf(content: PlanContent, status: PlanStatus, before?: PlanRecord): PlanChange {
    const today = todayIso();
    return {
      status,
      starts_on: content.startsOn,
      ends_on: content.endsOn,
      goals: storedGoals(content.goals),
      assignments: content.assignments,
      visit_interval_days: content.visitIntervalDays,
      review_interval_days: content.reviewIntervalDays,
      gas_weighting: content.gasWeighting,
      note: content.note,
      activated_on: before?.activated_on ?? (status === 'active' ? today : null),
      closed_on: before?.closed_on ?? (isPlanClosed(status) ? today : null),
    };
  }

  async function create(meta: RequestMeta, input: PlanInputValue): Promise<Plan> {
    const actor = writer(meta);
    const id = input.id ?? uuidv7();
    await inTransaction(db, async (trx) => {
      const person = await lockPlanPerson(trx, actor, input.personId);
      if (!person) throw personNotFound();
      const { id: _id, personId: _p, status, ...content } = input;
      await check(trx, person, content, status);
      if (await planExists(trx, id)) throw new ProblemError(409, 'duplicate_id');
      const change = changeOf(content, status);
      await insertPlan(trx, {
        id,
        person_id: person.id,
        household_id: person.household_id,
        created_by: actor.userId,
        ...change,
      });
      await insertPlanVersion(trx, {
        plan_id: id,
        rev: 1,
        status,
        change: 'created',
        content: contentOf(change),
        changed_by: actor.userId,
      });
      await recordChange(trx, audit, meta, {
        entity: 'plan',
        entityId: id,
        rev: 1,
        op: 'create',
        changedFields: ['personId', 'status', ...Object.keys(content).sort()],
        // The plan's versions are kept whole in plan_versions.
        snapshot: null,
      });
    });
    return toPlan(await readable(actor, id));
  }

  /**
   * A new version of the plan and, optionally, a new status. Closed plans stay as they were;
   * reviewed goals keep their levels; an edit that changes nothing writes nothing.
   */
  async function update(meta: RequestMeta, id: string, input: PlanUpdate): Promise<Plan> {
    const actor = writer(meta);
    const seen = await findPlan(db, actor, id);
    if (!seen) throw notFound();
    if (seen.rev !== input.rev) throw staleRevision(seen.rev);
    await inTransaction(db, async (trx) => {
      const person = await lockPlanPerson(trx, actor, seen.person_id);
      if (!person) throw notFound();
      const row = await findPlan(trx, actor, id, { forUpdate: true });
      if (!row) throw notFound();
      if (row.rev !== input.rev) throw staleRevision(row.rev);
      const { rev: _rev, status: wanted, ...content } = input;
      const status = wanted ?? row.status;
      const before = contentOf(row);
      const after = contentOf(changeOf(content, status));
      const changed = changedContentFields(before, after);
      if (changed.length === 0 && status === row.status) return;
      if (isPlanClosed(row.status)) throw invalid([{ path: 'status', code: 'plan.closed' }]);
      const moved = statusIssues(row.status, status);
      if (moved.length) throw invalid(moved);
      await check(trx, person, content, status, row);
      const change = changeOf(content, status, row);
      const rev = await updatePlan(trx, id, change);
      await insertPlanVersion(trx, {
        plan_id: id,
        rev,
        status,
        change: changed.length ? 'updated' : 'status',
        content: contentOf(change),
        changed_by: actor.userId,
      });
      await recordChange(trx, audit, meta, {
        entity: 'plan',
        entityId: id,
        rev,
        op: 'update',
        changedFields: status === row.status ? changed : [...changed, 'status'].sort(),
        snapshot: null,
      });
    });
    return toPlan(await readable(actor, id));
  }

  return {
    create,
    update,

    /** Agrees, completes or cancels a plan, its content unchanged. */
    async changeStatus(meta: RequestMeta, id: string, status: PlanStatus, rev: number) {
      const actor = writer(meta);
      const row = await findPlan(db, actor, id);
      if (!row) throw notFound();
      return update(meta, id, { ...contentOf(row), status, rev });
    },

    /** One plan (each read is written to the audit log, like a person's record). */
    async get(meta: RequestMeta, id: string): Promise<Plan> {
      const row = await readable(actorOf(meta), id);
      await audit.append(meta, { action: 'read', entity: 'plan', entityId: id });
      return toPlan(row);
    },

    /** Every revision of a plan, oldest first. */
    async history(meta: RequestMeta, id: string): Promise<PlanHistory> {
      await readable(actorOf(meta), id);
      await audit.append(meta, {
        action: 'read',
        entity: 'plan',
        entityId: id,
        fields: ['history'],
      });
      return { items: (await planVersions(db, id)).map(toPlanVersion) };
    },

    /** A person's or a household's plans, newest period first; the read is audited. */
    async list(meta: RequestMeta, query: PlanListQuery): Promise<PlanPage> {
      const actor = actorOf(meta);
      if (!canReadPlans(actor)) throw forbidden();
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const after = decodeListCursor(query.cursor);
      const today = todayIso();
      const persons = await personsWithConsents(db, actor, query);
      const personIds = persons.filter((p) => mayShowPlans(p, today)).map((p) => p.id);
      if (personIds.length === 0) return { items: [], nextCursor: null };
      const rows = await listPlans(db, actor, { personIds, after, limit: limit + 1 });
      const page = rows.slice(0, limit);
      if (page.length > 0)
        await audit.append(meta, {
          action: 'read',
          entity: query.personId ? 'person' : 'household',
          entityId: query.personId ?? query.householdId ?? '',
          fields: ['plans'],
        });
      const last = page.at(-1);
      return {
        items: page.map(toPlan),
        nextCursor:
          rows.length > limit && last
            ? encodeListCursor({ on: last.starts_on, at: last.created_at_text, id: last.id })
            : null,
      };
    },

    readable,
  };
}
