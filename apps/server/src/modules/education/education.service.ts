import {
  canReadRegistry,
  canWriteRegistry,
  datedIssues,
  educationSummary,
  todayIso,
  type EducationRecord,
  type EducationStatusInputValue,
  type KppkSupportInputValue,
  type PmpkConclusionInputValue,
} from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB, EducationRecordsTable } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { statusOf } from '../registry/consent-visibility.js';
import { recordChange } from '../registry/history.js';
import {
  educationOf,
  findRecordPerson,
  idTaken,
  insertEducation,
  removeEntry,
  type RecordPerson,
} from './education.repo.js';
import { toKppk, toPmpk, toStatusEntry } from './education.mapper.js';

/** Valid consent to registration today: without it only the minimal record exists (0005). */
export const consentValid = (person: RecordPerson, today = todayIso()) =>
  statusOf(person.consents, person.birth_date, today) === 'valid';

export const consentRequired = () =>
  invalid([{ path: 'personId', code: 'record.consent_required' }]);

/** Workers and supervisors write a person's records in their places; others get 403. */
export function recordWriter(meta: RequestMeta): SessionUser {
  const actor = actorOf(meta);
  if (!canWriteRegistry(actor)) throw forbidden();
  return actor;
}

/**
 * Locks the visible person a write is about (a consent withdrawn at the same moment is seen) and
 * checks consent; 404 when the person is out of the actor's sight.
 */
export async function lockWritablePerson(
  trx: Transaction<DB>,
  actor: SessionUser,
  personId: string,
): Promise<RecordPerson> {
  const person = await findRecordPerson(trx, actor, personId, { forUpdate: true });
  if (!person) throw notFound();
  if (!consentValid(person)) throw consentRequired();
  return person;
}

type NewEntry = {
  kind: EducationRecordsTable['kind'];
  onDate: string;
  status: EducationRecordsTable['status'];
  details: Record<string, unknown>;
};

export type EducationService = ReturnType<typeof createEducationService>;

/**
 * A child's education (issue 6, item 4): status history, ПМПК conclusions and КППК support, with
 * the derived "in no education" (`educationSummary` in the domain). Scope as the person's other
 * records: workers and supervisors write in their places, managers read, family reads their own
 * household, everyone else gets 404. Entries are never edited: a mistake is removed and entered
 * again; every write and read is audited.
 */
export function createEducationService(db: Kysely<DB>, audit: AuditLog) {
  async function add(
    meta: RequestMeta,
    personId: string,
    id: string | undefined,
    make: (person: RecordPerson, today: string) => NewEntry,
  ): Promise<EducationRecord> {
    const actor = recordWriter(meta);
    const entryId = id ?? uuidv7();
    await inTransaction(db, async (trx) => {
      const person = await lockWritablePerson(trx, actor, personId);
      const entry = make(person, todayIso());
      if (await idTaken(trx, 'education_records', entryId))
        throw new ProblemError(409, 'duplicate_id');
      await insertEducation(trx, {
        id: entryId,
        person_id: person.id,
        household_id: person.household_id,
        kind: entry.kind,
        on_date: entry.onDate,
        status: entry.status,
        details: entry.details,
        recorded_by: actor.userId,
      });
      await recordChange(trx, audit, meta, {
        entity: 'education_record',
        entityId: entryId,
        rev: 1,
        op: 'create',
        changedFields: ['kind', 'personId', ...Object.keys(entry.details)].sort(),
        snapshot: null,
      });
    });
    return read(actor, personId);
  }

  async function read(actor: SessionUser, personId: string): Promise<EducationRecord> {
    const person = await findRecordPerson(db, actor, personId);
    if (!person) throw notFound();
    const today = todayIso();
    const shown = consentValid(person, today);
    const rows = shown ? await educationOf(db, personId) : [];
    const statuses = rows.filter((r) => r.kind === 'status').map(toStatusEntry);
    const pmpk = rows.filter((r) => r.kind === 'pmpk').map(toPmpk);
    const kppk = rows.filter((r) => r.kind === 'kppk').map(toKppk);
    const summary = educationSummary(
      { birthDate: person.birth_date },
      { statuses, pmpk, kppk },
      today,
    );
    return {
      personId,
      consentValid: shown,
      // Newest first on the page; the summary takes the entry in force, not the last written.
      statuses: statuses.reverse(),
      pmpk: pmpk.reverse(),
      kppk: kppk.reverse(),
      summary: shown ? summary : { ...summary, inNoEducation: false },
    };
  }

  const dates = (person: RecordPerson, today: string, list: { path: string; date: string }[]) => {
    const issues = datedIssues(list, { birthDate: person.birth_date, today });
    if (issues.length) throw invalid(issues);
  };

  return {
    /** The history, conclusions, support and the derived summary; the read is audited. */
    async get(meta: RequestMeta, personId: string): Promise<EducationRecord> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw notFound();
      const record = await read(actor, personId);
      await audit.append(meta, {
        action: 'read',
        entity: 'person',
        entityId: personId,
        fields: ['education'],
      });
      return record;
    },

    addStatus: (meta: RequestMeta, personId: string, input: EducationStatusInputValue) =>
      add(meta, personId, input.id, (person, today) => {
        dates(person, today, [{ path: 'from', date: input.from }]);
        return {
          kind: 'status',
          onDate: input.from,
          status: input.status,
          details: { institution: input.institution, grade: input.grade, note: input.note },
        };
      }),

    addPmpk: (meta: RequestMeta, personId: string, input: PmpkConclusionInputValue) =>
      add(meta, personId, input.id, (person, today) => {
        dates(person, today, [{ path: 'concludedOn', date: input.concludedOn }]);
        const { id: _id, concludedOn, ...details } = input;
        return { kind: 'pmpk', onDate: concludedOn, status: null, details };
      }),

    addKppk: (meta: RequestMeta, personId: string, input: KppkSupportInputValue) =>
      add(meta, personId, input.id, (person, today) => {
        const issues = datedIssues(
          [{ path: 'from', date: input.from }],
          { birthDate: person.birth_date, today },
          { from: input.from, to: input.to, toPath: 'to' },
        );
        if (issues.length) throw invalid(issues);
        const { id: _id, from, ...details } = input;
        return { kind: 'kppk', onDate: from, status: null, details };
      }),

    /** Removes a mistaken entry (soft delete, audited); 404 when it is not the person's. */
    async remove(meta: RequestMeta, personId: string, entryId: string): Promise<EducationRecord> {
      const actor = recordWriter(meta);
      await inTransaction(db, async (trx) => {
        await lockWritablePerson(trx, actor, personId);
        const rev = await removeEntry(trx, 'education_records', personId, entryId, actor.userId);
        if (rev === null) throw notFound();
        await recordChange(trx, audit, meta, {
          entity: 'education_record',
          entityId: entryId,
          rev,
          op: 'delete',
          changedFields: [],
          snapshot: null,
        });
      });
      return read(actor, personId);
    },
  };
}
