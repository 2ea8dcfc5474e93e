import {
  canReadAssessments,
  canWriteAssessments,
  evaluateAssessment,
  todayIso,
  type Answers,
  type Assessment,
  type AssessmentInput,
  type AssessmentPage,
  type AssessmentUpdate,
  type Evaluated,
} from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { consentFacts } from '../persons/persons.mapper.js';
import { consentsOf, findPerson } from '../persons/persons.repo.js';
import { DEFAULT_PAGE, MAX_PAGE } from '../registry/cursor.js';
import { recordChange } from '../registry/history.js';
import {
  changedAssessmentFields,
  changeOf,
  decodeListCursor,
  encodeListCursor,
  mayShowAssessments,
  toAssessment,
} from './assessments.mapper.js';
import {
  assessmentExists,
  findAssessment,
  insertAssessment,
  listAssessments,
  personsWithConsents,
  updateAssessment,
} from './assessments.repo.js';

/** A person the caller cannot see answers like one that does not exist (docs/decisions/0004). */
export const personNotFound = () =>
  new ProblemError(404, 'not_found', {
    errors: [{ path: 'personId', code: 'assessment.person_not_found' }],
  });

function writer(meta: RequestMeta): SessionUser {
  const actor = actorOf(meta);
  if (!canWriteAssessments(actor)) throw forbidden();
  return actor;
}

export interface AssessmentListQuery {
  personId?: string | undefined;
  householdId?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type AssessmentsService = ReturnType<typeof createAssessmentsService>;

/**
 * Assessments (issue 4): checked and scored by the domain's `evaluateAssessment` — the rules a
 * phone applies offline — then stored with the answers asked, the scores and the instrument's
 * version. Writes lock the person, so a consent withdrawn at the same moment is seen.
 */
export function createAssessmentsService(db: Kysely<DB>, audit: AuditLog) {
  async function load(actor: SessionUser, id: string, executor: Kysely<DB> = db) {
    const row = await findAssessment(executor, actor, id);
    if (!row) throw notFound();
    return toAssessment(row);
  }

  /** Locks the person and checks and scores the answers against their age and consents today. */
  async function evaluate(
    trx: Transaction<DB>,
    actor: SessionUser,
    personId: string,
    fields: { instrument: string; assessedOn: string; answers: Answers },
  ): Promise<{ evaluated: Evaluated; householdId: string }> {
    const person = await findPerson(trx, actor, personId, { forUpdate: true });
    if (!person) throw personNotFound();
    const consents = await consentsOf(trx, personId);
    const result = evaluateAssessment({
      ...fields,
      person: { birthDate: person.birth_date, consents: consents.map(consentFacts) },
      today: todayIso(),
    });
    if (!result.ok) throw invalid(result.issues);
    return { evaluated: result.value, householdId: person.household_id };
  }

  return {
    async create(meta: RequestMeta, input: AssessmentInput): Promise<Assessment> {
      const actor = writer(meta);
      const id = input.id ?? uuidv7();
      await inTransaction(db, async (trx) => {
        const { evaluated, householdId } = await evaluate(trx, actor, input.personId, input);
        if (await assessmentExists(trx, id)) throw new ProblemError(409, 'duplicate_id');
        await insertAssessment(trx, {
          id,
          person_id: input.personId,
          household_id: householdId,
          instrument: evaluated.instrument,
          assessed_by: actor.userId,
          ...changeOf(evaluated, input),
        });
        await recordChange(trx, audit, meta, {
          entity: 'assessment',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: ['answers', 'assessedOn', 'instrument', 'note', 'personId'],
          // Answers stay out of the change history: it is redacted per person, not per assessment.
          snapshot: null,
        });
      });
      return load(actor, id);
    },

    /**
     * Corrects answers, day or note; scored again with the instrument's current version. An
     * update that changes nothing writes nothing.
     */
    async update(meta: RequestMeta, id: string, input: AssessmentUpdate): Promise<Assessment> {
      const actor = writer(meta);
      const seen = await findAssessment(db, actor, id);
      if (!seen) throw notFound();
      if (seen.rev !== input.rev)
        throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: seen.rev } });
      await inTransaction(db, async (trx) => {
        const { evaluated } = await evaluate(trx, actor, seen.person_id, {
          ...input,
          instrument: seen.instrument,
        });
        const row = await findAssessment(trx, actor, id, { forUpdate: true });
        if (!row) throw notFound();
        if (row.rev !== input.rev)
          throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: row.rev } });
        const change = changeOf(evaluated, input);
        const changed = changedAssessmentFields(row, change);
        if (changed.length === 0) return;
        const rev = await updateAssessment(trx, id, change);
        await recordChange(trx, audit, meta, {
          entity: 'assessment',
          entityId: id,
          rev,
          op: 'update',
          changedFields: changed,
          snapshot: null,
        });
      });
      return load(actor, id);
    },

    /** One assessment (each read is written to the audit log, like a person's record). */
    async get(meta: RequestMeta, id: string): Promise<Assessment> {
      const actor = actorOf(meta);
      if (!canReadAssessments(actor)) throw notFound();
      const row = await findAssessment(db, actor, id);
      if (!row) throw notFound();
      if (!mayShowAssessments(row, todayIso()))
        throw new ProblemError(404, 'not_found', {
          errors: [{ path: 'personId', code: 'assessment.consent_required' }],
        });
      await audit.append(meta, { action: 'read', entity: 'assessment', entityId: id });
      return toAssessment(row);
    },

    /** A person's or a household's assessments, newest first; the read is audited. */
    async list(meta: RequestMeta, query: AssessmentListQuery): Promise<AssessmentPage> {
      const actor = actorOf(meta);
      if (!canReadAssessments(actor)) throw forbidden();
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const after = decodeListCursor(query.cursor);
      const today = todayIso();
      const persons = await personsWithConsents(db, actor, query);
      const personIds = persons.filter((p) => mayShowAssessments(p, today)).map((p) => p.id);
      if (personIds.length === 0) return { items: [], nextCursor: null };
      const rows = await listAssessments(db, actor, { personIds, after, limit: limit + 1 });
      const page = rows.slice(0, limit);
      if (page.length > 0)
        await audit.append(meta, {
          action: 'read',
          entity: query.personId ? 'person' : 'household',
          entityId: query.personId ?? query.householdId ?? '',
          fields: ['assessments'],
        });
      const last = page.at(-1);
      return {
        items: page.map(toAssessment),
        nextCursor:
          rows.length > limit && last
            ? encodeListCursor({ on: last.assessed_on, at: last.created_at_text, id: last.id })
            : null,
      };
    },

    load,
  };
}
