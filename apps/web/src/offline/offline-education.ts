import {
  EDUCATION_SYNC_ENTITY,
  LIVELIHOOD_SYNC_ENTITY,
  datedIssues,
  educationStatusInputSchema,
  educationSummary,
  kppkSupportInputSchema,
  livelihoodInputSchema,
  livelihoodIssues,
  personConsentStatus,
  pmpkConclusionInputSchema,
  todayIso,
  type EducationRecord,
  type EducationStatusInput,
  type EducationSyncRecord,
  type KppkSupportInput,
  type LivelihoodInput,
  type LivelihoodRecord,
  type LivelihoodSyncRecord,
  type Person,
  type PmpkConclusionInput,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { fullName } from '../i18n/format.js';
import type { EducationOperations } from '../data/education-operations.js';
import { invalid, notFound, parseWith } from './offline-errors.js';
import { readHouseholdRecords, writeLocal, type StoredRecord } from './local-store.js';
import type { PlanContext } from './plan-records.js';
import { readPerson } from './plan-records.js';
import { personSummary } from './registry-views.js';

/** A device's entry: the server's fields, and `removed` once a removal waits to be sent. */
type Stored<T> = T & { removed?: boolean };
type EducationStored = Stored<EducationSyncRecord>;
type LivelihoodStored = Stored<LivelihoodSyncRecord>;

const newestFirst =
  <T extends { createdAt: string }>(date: (e: T) => string) =>
  (a: T, b: T) =>
    date(b).localeCompare(date(a)) || b.createdAt.localeCompare(a.createdAt);

/** Live entries of one person; those only on this device are marked `waiting`. */
function liveOf<T extends { personId: string }>(
  records: StoredRecord<Stored<T>>[],
  personId: string,
): (T & { waiting: boolean })[] {
  return records
    .filter((r) => r.data.personId === personId && r.data.removed !== true)
    .map((r) => {
      const { removed: _r, ...entry } = r.data;
      return { ...(entry as unknown as T), waiting: r.rev === null };
    });
}

/** A person's education as `GET /persons/{id}/education` answers, from the device's entries. */
export function educationRecordOf(
  person: Pick<Person, 'id' | 'birthDate' | 'consents'>,
  entries: EducationSyncRecord[],
  today: string,
): EducationRecord {
  const shown = personConsentStatus(person.consents, person.birthDate, today) === 'valid';
  const mine = shown ? entries.filter((e) => e.personId === person.id) : [];
  const strip = <E extends EducationSyncRecord>({ entry: _e, householdId: _h, ...rest }: E) => rest;
  const statuses = mine.flatMap((e) => (e.entry === 'status' ? [strip(e)] : []));
  const pmpk = mine.flatMap((e) => (e.entry === 'pmpk' ? [strip(e)] : []));
  const kppk = mine.flatMap((e) => (e.entry === 'kppk' ? [strip(e)] : []));
  const summary = educationSummary(
    { birthDate: person.birthDate },
    { statuses, pmpk, kppk },
    today,
  );
  return {
    personId: person.id,
    consentValid: shown,
    statuses: statuses.sort(newestFirst((e) => e.from)),
    pmpk: pmpk.sort(newestFirst((e) => e.concludedOn)),
    kppk: kppk.sort(newestFirst((e) => e.from)),
    summary: shown ? summary : { ...summary, inNoEducation: false },
  };
}

/**
 * Education and livelihood on the device (docs/decisions/0027): the caseload's entries arrive by
 * pull; a new entry is checked with the domain's rules (consent, dates) and queued as an
 * `education_record` or `livelihood_record` create; a removal is queued as a tombstone and the
 * entry hidden at once (docs/sync-protocol.md). Entries not yet on the server say `waiting`.
 */
export function createOfflineEducation(ctx: PlanContext) {
  const { store, registry, t } = ctx;
  const today = ctx.today ?? (() => todayIso());
  const now = () => new Date().toISOString();

  async function writablePerson(personId: string): Promise<Person> {
    const person = await readPerson(store, t, personId);
    if (personConsentStatus(person.consents, person.birthDate, today()) !== 'valid')
      throw invalid(t, [{ path: 'personId', code: 'record.consent_required' }]);
    return person;
  }

  const educationEntries = (householdId: string) =>
    readHouseholdRecords<EducationStored>(store, EDUCATION_SYNC_ENTITY, householdId);
  const livelihoodEntries = (householdId: string) =>
    readHouseholdRecords<LivelihoodStored>(store, LIVELIHOOD_SYNC_ENTITY, householdId);

  async function getEducation(personId: string): Promise<EducationRecord> {
    const person = await readPerson(store, t, personId);
    const entries = liveOf<EducationSyncRecord>(
      await educationEntries(person.householdId),
      personId,
    );
    return educationRecordOf(person, entries, today());
  }

  async function getLivelihood(personId: string): Promise<LivelihoodRecord> {
    const person = await readPerson(store, t, personId);
    const shown = personConsentStatus(person.consents, person.birthDate, today()) === 'valid';
    const entries = shown
      ? liveOf<LivelihoodSyncRecord>(await livelihoodEntries(person.householdId), personId)
          .sort(newestFirst((e) => e.recordedOn))
          .map(({ householdId: _h, ...entry }) => entry)
      : [];
    return { personId, consentValid: shown, entries, current: entries[0] ?? null };
  }

  async function addEducation(
    person: Person,
    entry: EducationSyncRecord,
    data: Record<string, unknown>,
  ) {
    await writeLocal(store, registry, {
      record: {
        entity: EDUCATION_SYNC_ENTITY,
        id: entry.id,
        householdId: person.householdId,
        refs: [],
        data: entry,
      },
      mutation: {
        entity: EDUCATION_SYNC_ENTITY,
        id: entry.id,
        op: 'upsert',
        data: { ...data, personId: person.id, entry: entry.entry },
        create: true,
        label: fullName(person),
      },
    });
    ctx.onWrite();
    return getEducation(person.id);
  }

  const base = (person: Person, id: string | undefined) => ({
    id: id ?? uuidv7(),
    personId: person.id,
    householdId: person.householdId,
    recordedBy: ctx.author(),
    createdAt: now(),
  });

  const check = (issues: { path: string; code: string }[]) => {
    if (issues.length) throw invalid(t, issues);
  };

  async function remove<T extends { personId: string }>(
    entity: string,
    personId: string,
    entryId: string,
  ) {
    const person = await writablePerson(personId);
    const records = await readHouseholdRecords<Stored<T>>(store, entity, person.householdId);
    const record = records.find((r) => r.id === entryId && r.data.personId === personId);
    if (!record || record.data.removed === true) throw notFound(t);
    await writeLocal(store, registry, {
      record: {
        entity,
        id: entryId,
        householdId: person.householdId,
        refs: [],
        data: { ...record.data, removed: true },
      },
      mutation: {
        entity,
        id: entryId,
        op: 'delete',
        data: null,
        create: false,
        label: fullName(person),
      },
    });
    ctx.onWrite();
  }

  return {
    getEducation,
    getLivelihood,

    async addEducationStatus(personId: string, input: EducationStatusInput) {
      const { id, ...fields } = parseWith(t, educationStatusInputSchema, input);
      const person = await writablePerson(personId);
      check(
        datedIssues([{ path: 'from', date: fields.from }], { ...facts(person), today: today() }),
      );
      return addEducation(person, { entry: 'status', ...base(person, id), ...fields }, fields);
    },

    async addPmpkConclusion(personId: string, input: PmpkConclusionInput) {
      const { id, ...fields } = parseWith(t, pmpkConclusionInputSchema, input);
      const person = await writablePerson(personId);
      check(
        datedIssues([{ path: 'concludedOn', date: fields.concludedOn }], {
          ...facts(person),
          today: today(),
        }),
      );
      return addEducation(person, { entry: 'pmpk', ...base(person, id), ...fields }, fields);
    },

    async addKppkSupport(personId: string, input: KppkSupportInput) {
      const { id, ...fields } = parseWith(t, kppkSupportInputSchema, input);
      const person = await writablePerson(personId);
      check(
        datedIssues(
          [{ path: 'from', date: fields.from }],
          { ...facts(person), today: today() },
          { from: fields.from, to: fields.to, toPath: 'to' },
        ),
      );
      return addEducation(person, { entry: 'kppk', ...base(person, id), ...fields }, fields);
    },

    async removeEducationEntry(personId: string, entryId: string) {
      await remove<EducationSyncRecord>(EDUCATION_SYNC_ENTITY, personId, entryId);
      return getEducation(personId);
    },

    async addLivelihood(personId: string, input: LivelihoodInput) {
      const value = parseWith(t, livelihoodInputSchema, input);
      const { id, ...fields } = value;
      const person = await writablePerson(personId);
      check(livelihoodIssues(value, { ...facts(person), today: today() }));
      const entry: LivelihoodSyncRecord = { ...base(person, id), ...fields };
      await writeLocal(store, registry, {
        record: {
          entity: LIVELIHOOD_SYNC_ENTITY,
          id: entry.id,
          householdId: person.householdId,
          refs: [],
          data: entry,
        },
        mutation: {
          entity: LIVELIHOOD_SYNC_ENTITY,
          id: entry.id,
          op: 'upsert',
          data: { ...fields, personId },
          create: true,
          label: fullName(person),
        },
      });
      ctx.onWrite();
      return getLivelihood(personId);
    },

    async removeLivelihoodEntry(personId: string, entryId: string) {
      await remove<LivelihoodSyncRecord>(LIVELIHOOD_SYNC_ENTITY, personId, entryId);
      return getLivelihood(personId);
    },

    /** Members with "in no education" derived from the device's entries. */
    async educationOfMembers(householdId: string) {
      const [people, entries] = await Promise.all([
        readHouseholdRecords<Person>(store, 'person', householdId),
        educationEntries(householdId),
      ]);
      if (people.length === 0) throw notFound(t);
      const day = today();
      return people.map((p) =>
        personSummary(
          p.data,
          day,
          liveOf<EducationSyncRecord>(entries, p.id).flatMap((e) =>
            e.entry === 'status' ? [e] : [],
          ),
        ),
      );
    },
  } satisfies EducationOperations;
}

const facts = (person: Person) => ({ birthDate: person.birthDate });

export type OfflineEducation = ReturnType<typeof createOfflineEducation>;
