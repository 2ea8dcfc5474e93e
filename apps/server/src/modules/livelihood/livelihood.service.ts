import {
  canReadRegistry,
  livelihoodIssues,
  todayIso,
  type LivelihoodInputValue,
  type LivelihoodRecord,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { toLivelihood } from '../education/education.mapper.js';
import {
  findRecordPerson,
  idTaken,
  insertLivelihood,
  livelihoodOf,
  removeEntry,
} from '../education/education.repo.js';
import { consentValid, lockWritablePerson, recordWriter } from '../education/education.service.js';
import { recordChange } from '../registry/history.js';

export type LivelihoodService = ReturnType<typeof createLivelihoodService>;

/**
 * An adult's livelihood (issue 6, item 5): dated records of work, training, income, benefits and
 * self-help groups; the newest is the current situation. Scope, consent, audit and removal as
 * education (education.service.ts).
 */
export function createLivelihoodService(db: Kysely<DB>, audit: AuditLog) {
  async function read(actor: SessionUser, personId: string): Promise<LivelihoodRecord> {
    const person = await findRecordPerson(db, actor, personId);
    if (!person) throw notFound();
    const shown = consentValid(person);
    const entries = shown ? (await livelihoodOf(db, personId)).map(toLivelihood) : [];
    return { personId, consentValid: shown, entries, current: entries[0] ?? null };
  }

  return {
    async get(meta: RequestMeta, personId: string): Promise<LivelihoodRecord> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw notFound();
      const record = await read(actor, personId);
      await audit.append(meta, {
        action: 'read',
        entity: 'person',
        entityId: personId,
        fields: ['livelihood'],
      });
      return record;
    },

    async add(
      meta: RequestMeta,
      personId: string,
      input: LivelihoodInputValue,
    ): Promise<LivelihoodRecord> {
      const actor = recordWriter(meta);
      const id = input.id ?? uuidv7();
      await inTransaction(db, async (trx) => {
        const person = await lockWritablePerson(trx, actor, personId);
        const issues = livelihoodIssues(input, {
          birthDate: person.birth_date,
          today: todayIso(),
        });
        if (issues.length) throw invalid(issues);
        if (await idTaken(trx, 'livelihood_records', id))
          throw new ProblemError(409, 'duplicate_id');
        const { id: _id, recordedOn, workStatus, ...details } = input;
        await insertLivelihood(trx, {
          id,
          person_id: person.id,
          household_id: person.household_id,
          recorded_on: recordedOn,
          work_status: workStatus,
          details,
          recorded_by: actor.userId,
        });
        await recordChange(trx, audit, meta, {
          entity: 'livelihood_record',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: Object.keys(input)
            .filter((k) => k !== 'id')
            .sort(),
          snapshot: null,
        });
      });
      return read(actor, personId);
    },

    async remove(meta: RequestMeta, personId: string, entryId: string): Promise<LivelihoodRecord> {
      const actor = recordWriter(meta);
      await inTransaction(db, async (trx) => {
        await lockWritablePerson(trx, actor, personId);
        const rev = await removeEntry(trx, 'livelihood_records', personId, entryId, actor.userId);
        if (rev === null) throw notFound();
        await recordChange(trx, audit, meta, {
          entity: 'livelihood_record',
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
