import {
  consentInputSchema,
  consentStatus,
  consentWithdrawalSchema,
  householdInputSchema,
  householdUpdateSchema,
  personInputSchema,
  personUpdateSchema,
  searchKey,
  todayIso,
  type Consent,
  type DatedStatus,
  type EducationSyncRecord,
  type Household,
  type HouseholdRecord,
  type Person,
  type Translate,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { HouseholdOperations, PersonOperations, PlaceOperations } from '../data/repository.js';
import type { EntityRegistry } from './entity-registry.js';
import { notFound as missing, parseWith } from './offline-errors.js';
import {
  findByRef,
  readHouseholdRecords,
  readRecord,
  readRecords,
  storeVersion,
  writeLocal,
  type StoredRecord,
  type LocalWrite,
} from './local-store.js';
import { cachedPlaces, placeRef, searchPlaces } from './places-cache.js';
import {
  consentFromInput,
  householdFromWrite,
  householdSearchText,
  householdView,
  personFromWrite,
  personName,
  personSummary,
  personView,
  statusesByPerson,
} from './registry-views.js';
import type { DeviceStore } from './vault.js';

/**
 * The registry answered from the device store: reads decrypt the caseload in memory, writes
 * change the local record and queue a mutation in the outbox. Screens see the same
 * `RegistryRepository` shape as online; the server's answer replaces the local view after sync.
 */

/** Education statuses the device holds, by person, for members' "in no education". */
const educationStatuses = async (
  records: Promise<StoredRecord<EducationSyncRecord>[]>,
): Promise<Map<string, DatedStatus[]>> => statusesByPerson((await records).map((r) => r.data));

export interface OfflineContext {
  store: DeviceStore;
  registry: EntityRegistry;
  t: Translate;
  /** A write was queued: the sync engine sends it shortly. */
  onWrite: () => void;
  /** Places the server knows when the device's cache has not got them yet. */
  remotePlaces: PlaceOperations['searchPlaces'];
  today?: () => string;
}

type OfflineOperations = HouseholdOperations &
  PlaceOperations &
  Omit<PersonOperations, 'personHistory'>;

const DEFAULT_PAGE = 20;

export function createOfflineRegistry(ctx: OfflineContext): OfflineOperations {
  const { store, registry } = ctx;
  const today = ctx.today ?? (() => todayIso());
  const now = () => new Date().toISOString();

  const parse = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> =>
    parseWith(ctx.t, schema, input);
  const notFound = () => missing(ctx.t);

  // Decrypted copies of the caseload for lists and searches, dropped whenever the store changes:
  // a search keystroke then costs a filter in memory, not a decryption of every record.
  let snapshot: {
    version: number;
    households: Promise<StoredRecord<HouseholdRecord>[]>;
    persons: Promise<StoredRecord<Person>[]>;
    education: Promise<Map<string, DatedStatus[]>>;
  } | null = null;
  function caseload() {
    const version = storeVersion(store);
    if (snapshot?.version !== version)
      snapshot = {
        version,
        households: readRecords<HouseholdRecord>(store, 'household'),
        persons: readRecords<Person>(store, 'person'),
        education: educationStatuses(readRecords<EducationSyncRecord>(store, 'education_record')),
      };
    return snapshot;
  }

  // The sorted (and searched) list, built once per store version, day and search: "Show more"
  // and the refetch of every loaded page after a sync then cost a slice, not a rebuild of the
  // whole caseload (which took hundreds of ms for 1,000 households on a slow phone).
  let lists: {
    source: ReturnType<typeof caseload>;
    byKey: Map<string, Promise<Household[]>>;
  } | null = null;
  function householdList(needle: string): Promise<Household[]> {
    const cached = caseload();
    const day = today();
    if (lists?.source !== cached) lists = { source: cached, byKey: new Map() };
    const key = `${day} ${needle}`;
    let list = lists.byKey.get(key);
    if (!list) {
      list = buildList(cached, day, needle);
      const byKey = lists.byKey;
      if (byKey.size >= 20) byKey.clear();
      byKey.set(key, list);
      list.catch(() => byKey.delete(key));
    }
    return list;
  }

  async function buildList(
    cached: ReturnType<typeof caseload>,
    day: string,
    needle: string,
  ): Promise<Household[]> {
    const [households, persons, education] = await Promise.all([
      cached.households,
      cached.persons,
      cached.education,
    ]);
    const byHousehold = new Map<string, Person[]>();
    for (const p of persons) {
      const view = personView(p.data, day);
      const list = byHousehold.get(view.householdId) ?? [];
      list.push(view);
      byHousehold.set(view.householdId, list);
    }
    // Newest first, as the server lists them (UUIDv7 ids sort by creation time).
    return households
      .map((h) => {
        const members = byHousehold.get(h.id) ?? [];
        return {
          view: householdView(
            { ...h.data, rev: h.rev ?? 0 },
            members.map((m) => personSummary(m, day, education.get(m.id) ?? [])),
          ),
          members,
        };
      })
      .filter(({ view, members }) => !needle || householdSearchText(view, members).includes(needle))
      .sort((a, b) => b.view.id.localeCompare(a.view.id))
      .map((h) => h.view);
  }

  async function write(entry: LocalWrite) {
    await writeLocal(store, registry, entry);
    ctx.onWrite();
  }

  async function people(householdId: string): Promise<Person[]> {
    const records = await readHouseholdRecords<Person>(store, 'person', householdId);
    return records.map((r) => personView(r.data, today()));
  }

  async function household(id: string) {
    const record = await readRecord<HouseholdRecord>(store, 'household', id);
    if (!record) throw notFound();
    const day = today();
    const education = await educationStatuses(
      readHouseholdRecords<EducationSyncRecord>(store, 'education_record', id),
    );
    const members = (await people(id)).map((p) => personSummary(p, day, education.get(p.id) ?? []));
    return householdView({ ...record.data, rev: record.rev ?? 0 }, members);
  }

  async function person(id: string): Promise<Person> {
    const record = await readRecord<Person>(store, 'person', id);
    if (!record) throw notFound();
    return { ...personView(record.data, today()), rev: record.rev ?? 0 };
  }

  async function caregiverNames(householdId: string) {
    return new Map((await people(householdId)).map((p) => [p.id, personName(p)]));
  }

  async function savePerson(saved: Person, mutation: LocalWrite['mutation']) {
    await write({
      record: {
        entity: 'person',
        id: saved.id,
        householdId: saved.householdId,
        refs: saved.consents.map((c) => c.id),
        data: saved,
      },
      mutation,
    });
    return saved;
  }

  return {
    async searchPlaces(query) {
      const cached = await cachedPlaces(store);
      if (cached?.length) return searchPlaces(cached, query);
      return ctx.remotePlaces(query);
    },

    async listHouseholds({ q, cursor, limit = DEFAULT_PAGE }) {
      const all = await householdList(q ? searchKey(q) : '');
      const start = cursor ? Number(cursor) || 0 : 0;
      const items = all.slice(start, start + limit);
      const next = start + limit;
      return { items, nextCursor: next < all.length ? String(next) : null };
    },

    getHousehold: household,

    async createHousehold(input) {
      const parsed = parse(householdInputSchema, input);
      const id = parsed.id ?? uuidv7();
      const { id: _id, ...fields } = parsed;
      const record = householdFromWrite({
        id,
        input: fields,
        previous: null,
        place: placeRef(await cachedPlaces(store), fields.placeCode),
        at: now(),
      });
      await write({
        record: { entity: 'household', id, householdId: id, refs: [], data: record },
        mutation: {
          entity: 'household',
          id,
          op: 'upsert',
          data: fields,
          create: true,
          label: `${fields.address}, ${record.place.name}`,
        },
      });
      return household(id);
    },

    async updateHousehold(id, update) {
      const existing = await readRecord<HouseholdRecord>(store, 'household', id);
      if (!existing) throw notFound();
      const { rev: _rev, ...fields } = parse(householdUpdateSchema, update);
      const place =
        fields.placeCode === existing.data.placeCode
          ? existing.data.place
          : placeRef(await cachedPlaces(store), fields.placeCode);
      const record = householdFromWrite({
        id,
        input: fields,
        previous: existing.data,
        place,
        at: now(),
      });
      await write({
        record: { entity: 'household', id, householdId: id, refs: [], data: record },
        mutation: {
          entity: 'household',
          id,
          op: 'upsert',
          data: fields,
          create: existing.rev === null,
          label: `${fields.address}, ${place.name}`,
        },
      });
      return household(id);
    },

    getPerson: person,

    async createPerson(input) {
      const parsed = parse(personInputSchema, input);
      const owner = await readRecord<HouseholdRecord>(store, 'household', parsed.householdId);
      if (!owner) throw notFound();
      const id = parsed.id ?? uuidv7();
      const at = now();
      const day = today();
      const consent = parsed.consent
        ? { ...parsed.consent, id: parsed.consent.id ?? uuidv7() }
        : null;
      const consents = consent ? [consentFromInput(consent, id, parsed.birthDate, at, day)] : [];
      const saved = personFromWrite({
        id,
        householdId: parsed.householdId,
        input: parsed,
        previous: null,
        consents,
        names: await caregiverNames(parsed.householdId),
        at,
        today: day,
      });
      const { id: _id, ...data } = { ...parsed, ...(consent ? { consent } : {}) };
      return savePerson(saved, {
        entity: 'person',
        id,
        op: 'upsert',
        data,
        create: true,
        label: personName(parsed),
      });
    },

    async updatePerson(id, update) {
      const existing = await readRecord<Person>(store, 'person', id);
      if (!existing) throw notFound();
      const parsed = parse(personUpdateSchema, update);
      const { rev: _rev, ...fields } = parsed;
      const create = existing.rev === null;
      const saved = personFromWrite({
        id,
        householdId: existing.data.householdId,
        input: parsed,
        previous: existing.data,
        consents: existing.data.consents,
        names: await caregiverNames(existing.data.householdId),
        at: now(),
        today: today(),
      });
      return savePerson(saved, {
        entity: 'person',
        id,
        op: 'upsert',
        // A record the server has not accepted yet is sent whole, as a create.
        data: create ? { ...fields, householdId: existing.data.householdId } : fields,
        create,
        label: personName(fields),
      });
    },

    async addConsent(personId, input) {
      const existing = await readRecord<Person>(store, 'person', personId);
      if (!existing) throw notFound();
      const parsed = parse(consentInputSchema, input);
      const consent = { ...parsed, id: parsed.id ?? uuidv7() };
      const day = today();
      const added = consentFromInput(consent, personId, existing.data.birthDate, now(), day);
      const saved = personView(
        { ...existing.data, consents: [added, ...existing.data.consents] },
        day,
      );
      const { id: consentId, ...fields } = consent;
      await savePerson(saved, {
        entity: 'consent',
        id: consentId,
        op: 'upsert',
        data: { personId, ...fields },
        create: true,
        label: personName(existing.data),
      });
      return added;
    },

    async withdrawConsent(consentId, withdrawal) {
      const owner = await findByRef<Person>(store, consentId);
      const current = owner?.data.consents.find((c) => c.id === consentId);
      if (!owner || !current) throw notFound();
      const parsed = parse(consentWithdrawalSchema, withdrawal);
      const day = today();
      const withdrawn: Consent = {
        ...current,
        withdrawnOn: parsed.withdrawnOn,
        withdrawalReason: parsed.reason,
      };
      const updated = { ...withdrawn, status: consentStatus(withdrawn, owner.data.birthDate, day) };
      const saved = personView(
        {
          ...owner.data,
          consents: owner.data.consents.map((c) => (c.id === consentId ? updated : c)),
        },
        day,
      );
      await savePerson(saved, {
        entity: 'consent',
        id: consentId,
        op: 'upsert',
        data: parsed,
        create: false,
        label: personName(owner.data),
      });
      return updated;
    },
  };
}
