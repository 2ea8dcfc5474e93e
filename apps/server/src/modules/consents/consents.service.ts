import {
  canWriteRegistry,
  emptyConsentedFields,
  CONSENTED_PERSON_FIELDS,
  personConsentStatus,
  todayIso,
  type Consent,
  type ConsentInput,
  type ConsentWithdrawal,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { refreshSearchText } from '../households/households.repo.js';
import {
  consentFacts,
  consentValues,
  toConsent,
  toFields,
  toValues,
} from '../persons/persons.mapper.js';
import {
  consentsOf,
  findPerson,
  householdMembers,
  redactHistory,
  replaceCaregivers,
  updatePerson,
} from '../persons/persons.repo.js';
import { checkConsent } from '../persons/persons.rules.js';
import { recordChange, recordHistory } from '../registry/history.js';
import { findConsent, markWithdrawn } from './consents.repo.js';

function writer(meta: RequestMeta): SessionUser {
  const actor = actorOf(meta);
  if (!canWriteRegistry(actor)) throw forbidden();
  return actor;
}

export type ConsentsService = ReturnType<typeof createConsentsService>;

export function createConsentsService(db: Kysely<DB>, audit: AuditLog) {
  return {
    async add(meta: RequestMeta, personId: string, input: ConsentInput): Promise<Consent> {
      const actor = writer(meta);
      const person = await findPerson(db, actor, personId);
      if (!person) throw notFound();
      const today = todayIso();
      const problems = checkConsent(
        input,
        person.birth_date,
        await householdMembers(db, person.household_id),
        today,
        '',
      );
      if (problems.length)
        throw invalid(problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') })));
      const id = input.id ?? uuidv7();
      await inTransaction(db, async (trx) => {
        await trx
          .insertInto('consents')
          .values(consentValues(id, personId, input, actor.userId))
          .execute();
        await recordHistory(trx, {
          entity: 'person',
          entityId: personId,
          rev: person.rev,
          op: 'update',
          changedFields: ['consents'],
          snapshot: null,
          actorId: actor.userId,
        });
        await audit.appendIn(trx, meta, {
          action: 'create',
          entity: 'consent',
          entityId: id,
          fields: input.scopes,
        });
      });
      const row = await findConsent(db, actor, id);
      if (!row) throw notFound();
      return toConsent(row, person.birth_date, today);
    },

    /**
     * Withdraws a consent. When no valid consent to registration remains, everything but the minimal
     * record is erased, caregiver links dropped and the values in the change history redacted.
     */
    async withdraw(
      meta: RequestMeta,
      consentId: string,
      input: ConsentWithdrawal,
    ): Promise<Consent> {
      const actor = writer(meta);
      const consent = await findConsent(db, actor, consentId);
      if (!consent) throw notFound();
      if (consent.withdrawn_on)
        throw invalid([{ path: 'withdrawnOn', code: 'consent.already_withdrawn' }]);
      const today = todayIso();
      if (input.withdrawnOn < consent.given_on)
        throw invalid([{ path: 'withdrawnOn', code: 'consent.withdrawn_before_given' }]);
      if (input.withdrawnOn > today)
        throw invalid([{ path: 'withdrawnOn', code: 'consent.withdrawn_in_future' }]);
      await inTransaction(db, async (trx) => {
        // Only one of two simultaneous withdrawals wins; the other is told it came too late.
        if (!(await markWithdrawn(trx, consentId, input, actor.userId)))
          throw invalid([{ path: 'withdrawnOn', code: 'consent.already_withdrawn' }]);
        const person = await findPerson(trx, actor, consent.person_id, { forUpdate: true });
        if (!person) throw notFound();
        const remaining = await consentsOf(trx, person.id);
        await audit.appendIn(trx, meta, {
          action: 'consent_withdraw',
          entity: 'consent',
          entityId: consentId,
        });
        if (personConsentStatus(remaining.map(consentFacts), person.birth_date, today) === 'valid')
          return;
        // What withdrawal leaves is the minimal record: the consented fields emptied, and the name
        // key (which held the family name) rebuilt from the given name alone.
        const {
          id: _id,
          household_id: _household,
          ...erased
        } = toValues(person.id, person.household_id, {
          ...toFields(person, []),
          ...emptyConsentedFields(),
        });
        const updated = await updatePerson(trx, person.id, erased, actor.userId);
        await replaceCaregivers(trx, person.id, []);
        await redactHistory(trx, person.id);
        await recordChange(trx, audit, meta, {
          entity: 'person',
          entityId: person.id,
          rev: updated.rev,
          op: 'redact',
          changedFields: [...CONSENTED_PERSON_FIELDS],
          snapshot: null,
        });
        await refreshSearchText(trx, person.household_id);
      });
      const row = await findConsent(db, actor, consentId);
      if (!row) throw notFound();
      const person = await findPerson(db, actor, row.person_id);
      return toConsent(row, person?.birth_date ?? today, today);
    },
  };
}
