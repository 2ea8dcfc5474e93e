import {
  canReadRegistry,
  CONSENTED_PERSON_FIELDS,
  canWriteRegistry,
  namesSimilar,
  personConsentStatus,
  todayIso,
  type ConsentedFieldName,
  type Person,
  type PersonInput,
  type PersonPage,
  type PersonUpdate,
} from '@birge/domain';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { toPersonSummary } from '../households/households.mapper.js';
import { findHousehold, refreshSearchText } from '../households/households.repo.js';
import { decodeCursor, DEFAULT_PAGE, encodeCursor, MAX_PAGE } from '../registry/cursor.js';
import { shownFamilyName } from '../registry/consent-visibility.js';
import { changedFields, recordChange } from '../registry/history.js';
import { consentFacts, consentValues, toFields, toPerson, toValues } from './persons.mapper.js';
import {
  caregiversOf,
  consentsOf,
  findByIin,
  findPerson,
  findPersonRecord,
  historyOf,
  householdMembers,
  insertPerson,
  listPersons,
  personExists,
  replaceCaregivers,
  sameBirthDateNearby,
  softDeletePerson,
  updatePerson,
} from './persons.repo.js';
import {
  checkConsent,
  checkPersonFacts,
  fieldsNeedingConsent,
  type PersonFields,
} from './persons.rules.js';

export interface PersonHistoryEntry {
  at: string;
  actor: string | null;
  op: string;
  fields: string[];
}

function pickConsented(fields: PersonFields): Pick<PersonFields, ConsentedFieldName> {
  return Object.fromEntries(CONSENTED_PERSON_FIELDS.map((key) => [key, fields[key]])) as Pick<
    PersonFields,
    ConsentedFieldName
  >;
}

function fullName(p: {
  givenName?: string;
  familyName?: string | null;
  given_name?: string;
  family_name?: string | null;
}) {
  return [p.givenName ?? p.given_name, p.familyName ?? p.family_name].filter(Boolean).join(' ');
}

const caregiverRows = (fields: PersonFields) =>
  fields.caregivers.map((c) => ({
    caregiver_id: c.personId,
    relation: c.relation,
    is_primary: c.primary,
    is_legal_representative: c.legalRepresentative,
  }));

export type PersonsService = ReturnType<typeof createPersonsService>;

export function createPersonsService(db: Kysely<DB>, audit: AuditLog) {
  async function load(
    actor: SessionUser,
    id: string,
    executor: Kysely<DB> | Transaction<DB> = db,
  ): Promise<Person> {
    const record = await findPersonRecord(executor, actor, id);
    if (!record) throw notFound();
    return toPerson(record.person, record.caregivers, record.consents);
  }

  /** Refuses a second record of the same IIN, and warns about a similar name born the same day nearby. */
  async function checkDuplicates(
    actor: SessionUser,
    fields: PersonFields,
    placeCode: string,
    selfId: string,
    confirmed: boolean,
  ) {
    if (fields.iin) {
      const existing = await findByIin(db, fields.iin, selfId);
      if (existing) {
        const visible = await findPerson(db, actor, existing.id);
        throw visible
          ? new ProblemError(409, 'duplicate_iin', {
              extensions: { existingId: existing.id, existingHouseholdId: existing.household_id },
            })
          : new ProblemError(409, 'duplicate_iin_elsewhere');
      }
    }
    if (confirmed) return;
    const today = todayIso();
    // Candidates' family names count (and are shown) only where their consent allows.
    const nearby = (
      await sameBirthDateNearby(db, actor, fields.birthDate, placeCode.slice(0, 4), selfId)
    ).map((c) => ({ ...c, family_name: shownFamilyName(c, today) }));
    const bothFamily = (c: (typeof nearby)[number]) => Boolean(c.family_name && fields.familyName);
    const similar = nearby.filter((c) =>
      bothFamily(c)
        ? namesSimilar(fullName(c), fullName(fields))
        : namesSimilar(c.given_name, fields.givenName),
    );
    if (similar.length)
      throw new ProblemError(409, 'possible_duplicate', {
        extensions: {
          candidates: similar.map((c) => ({
            id: c.id,
            name: fullName(c),
            householdId: c.household_id,
            address: c.address,
          })),
        },
      });
  }

  return {
    async get(meta: RequestMeta, id: string): Promise<Person> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw notFound();
      // The read and its audit row in one statement: a person's page costs one round trip.
      const audited = audit.appendCall(meta, { action: 'read', entity: 'person', entityId: id });
      const record = await findPersonRecord(db, actor, id, audited);
      if (!record) throw notFound();
      return toPerson(record.person, record.caregivers, record.consents);
    },

    async create(meta: RequestMeta, input: PersonInput): Promise<Person> {
      const actor = actorOf(meta);
      if (!canWriteRegistry(actor)) throw forbidden();
      const household = await findHousehold(db, actor, input.householdId);
      if (!household) throw invalid([{ path: 'householdId', code: 'person.household_not_found' }]);
      const id = input.id ?? uuidv7();
      if (await personExists(db, id)) throw new ProblemError(409, 'duplicate_id');
      const { id: _id, householdId, consent, confirmNotDuplicate, ...fields } = input;
      const today = todayIso();
      const members = await householdMembers(db, householdId);
      const problems = checkPersonFacts(fields, id, members, today);
      const consentProblems = consent
        ? checkConsent(consent, fields.birthDate, members, today)
        : [];
      problems.push(...consentProblems);
      const consented =
        consent !== undefined &&
        consentProblems.length === 0 &&
        personConsentStatus([{ ...consent, withdrawnOn: null }], fields.birthDate, today) ===
          'valid';
      // A broken consent is reported on its own fields; repeating it on every data field would bury it.
      if (!consented && consentProblems.length === 0)
        problems.push(...fieldsNeedingConsent(fields, null));
      if (problems.length) throw invalid(problems);
      await checkDuplicates(actor, fields, household.place_code, id, confirmNotDuplicate);

      await inTransaction(db, async (trx) => {
        // The household may have been removed since it was checked: lock it and look again.
        if (!(await findHousehold(trx, actor, householdId, { forUpdate: true })))
          throw invalid([{ path: 'householdId', code: 'person.household_not_found' }]);
        await insertPerson(trx, toValues(id, householdId, fields), actor.userId);
        await replaceCaregivers(trx, id, caregiverRows(fields));
        const written = Object.keys(fields).sort();
        await recordChange(trx, audit, meta, {
          entity: 'person',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: written,
          snapshot: fields,
        });
        if (consent) {
          const consentId = consent.id ?? uuidv7();
          await trx
            .insertInto('consents')
            .values(consentValues(consentId, id, consent, actor.userId))
            .execute();
          await audit.appendIn(trx, meta, {
            action: 'create',
            entity: 'consent',
            entityId: consentId,
            fields: ['scopes'],
          });
        }
        await refreshSearchText(trx, householdId);
      });
      return load(actor, id);
    },

    async update(meta: RequestMeta, id: string, input: PersonUpdate): Promise<Person> {
      const actor = actorOf(meta);
      if (!canWriteRegistry(actor)) throw forbidden();
      const row = await findPerson(db, actor, id);
      if (!row) throw notFound();
      if (row.rev !== input.rev)
        throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: row.rev } });
      const { rev: _rev, confirmNotDuplicate, ...sent } = input;
      const [caregivers, consents, members] = await Promise.all([
        caregiversOf(db, id),
        consentsOf(db, id),
        householdMembers(db, row.household_id),
      ]);
      const previous = toFields(row, caregivers);
      const today = todayIso();
      const facts = consents.map(consentFacts);
      // Consent is judged on the stored birth date, and on the new one when it changes: correcting
      // the date must not revive a representative's consent that ended at 18.
      const consented =
        personConsentStatus(facts, row.birth_date, today) === 'valid' &&
        personConsentStatus(facts, sent.birthDate, today) === 'valid';
      // Without consent the client sees (and sends back) only the minimal record: the stored
      // details stay as they are, are not checked against (they are hidden), and any attempt to
      // change them is refused.
      const fields = consented ? sent : { ...sent, ...pickConsented(previous) };
      const problems = checkPersonFacts(consented ? fields : sent, id, members, today);
      if (!consented) problems.push(...fieldsNeedingConsent(sent, previous));
      if (problems.length) throw invalid(problems);
      const changed = changedFields(previous, fields);
      if (changed.length === 0) return toPerson(row, caregivers, consents);
      const identityChanged = ['iin', 'givenName', 'familyName', 'birthDate'].some((f) =>
        changed.includes(f),
      );
      if (identityChanged)
        await checkDuplicates(actor, fields, row.place_code, id, confirmNotDuplicate);

      await inTransaction(db, async (trx) => {
        const locked = await findPerson(trx, actor, id, { forUpdate: true });
        if (!locked) throw notFound();
        if (locked.rev !== input.rev)
          throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: locked.rev } });
        const { id: _id, household_id: _h, ...values } = toValues(id, row.household_id, fields);
        const updated = await updatePerson(trx, id, values, actor.userId);
        if (changed.includes('caregivers')) await replaceCaregivers(trx, id, caregiverRows(fields));
        await recordChange(trx, audit, meta, {
          entity: 'person',
          entityId: id,
          rev: updated.rev,
          op: 'update',
          changedFields: changed,
          snapshot: fields,
        });
        await refreshSearchText(trx, row.household_id);
      });
      return load(actor, id);
    },

    async remove(meta: RequestMeta, id: string): Promise<void> {
      const actor = actorOf(meta);
      if (!canWriteRegistry(actor)) throw forbidden();
      await inTransaction(db, async (trx) => {
        const row = await findPerson(trx, actor, id, { forUpdate: true });
        if (!row) throw notFound();
        const deleted = await softDeletePerson(trx, id, actor.userId);
        await recordChange(trx, audit, meta, {
          entity: 'person',
          entityId: id,
          rev: deleted.rev,
          op: 'delete',
          changedFields: [],
          snapshot: null,
        });
        await refreshSearchText(trx, row.household_id);
      });
    },

    /** Who changed what and when (field names only; values stay out of this view). */
    async history(meta: RequestMeta, id: string): Promise<PersonHistoryEntry[]> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw notFound();
      if (!(await findPerson(db, actor, id))) throw notFound();
      const rows = await historyOf(db, id);
      return rows.map((r) => ({
        at: r.at.toISOString(),
        actor: r.display_name,
        op: r.op,
        fields: r.changed_fields,
      }));
    },

    async list(
      meta: RequestMeta,
      query: {
        householdId?: string | undefined;
        q?: string | undefined;
        cursor?: string | undefined;
        limit?: number | undefined;
      },
    ): Promise<PersonPage> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw forbidden();
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const rows = await listPersons(db, actor, {
        householdId: query.householdId,
        q: query.q?.trim() || undefined,
        beforeId: decodeCursor(query.cursor),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      // One date for the whole page: todayIso formats in Kazakhstan's time zone, which is not free.
      const today = todayIso();
      return {
        items: page.map((r) => toPersonSummary(r, today)),
        nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
      };
    },

    load,
  };
}
