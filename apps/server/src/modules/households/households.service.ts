import {
  canReadRegistry,
  canWriteRegistry,
  holdsCaseload,
  todayIso,
  type Household,
  type HouseholdInput,
  type HouseholdPage,
  type HouseholdUpdate,
  type Language,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { assignHousehold } from '../caseloads/caseloads.repo.js';
import type { PlacesService } from '../places/places.service.js';
import { decodeCursor, DEFAULT_PAGE, encodeCursor, MAX_PAGE } from '../registry/cursor.js';
import { changedFields, recordChange } from '../registry/history.js';
import { toHousehold, toPersonSummary } from './households.mapper.js';
import {
  findHousehold,
  findHouseholds,
  householdExists,
  insertHousehold,
  listHouseholds,
  membersOf,
  refreshSearchText,
  softDeleteHousehold,
  updateHousehold,
  type HouseholdValues,
  type HouseholdWithMembers,
} from './households.repo.js';

function values(id: string, input: Omit<HouseholdInput, 'id'>): HouseholdValues {
  return {
    id,
    place_code: input.placeCode,
    address: input.address,
    landmark: input.landmark,
    latitude: input.coordinates?.lat ?? null,
    longitude: input.coordinates?.lon ?? null,
    phone: input.phone,
    living_conditions: JSON.stringify(input.livingConditions),
    in_poverty: input.livingConditions.povertyMarkers.length > 0,
    notes: input.notes,
    search_text: '',
  };
}

/** The writable fields of a household, for history snapshots and change lists. */
function snapshot(h: Household): Record<string, unknown> {
  const { placeCode, address, landmark, coordinates, phone, livingConditions, notes } = h;
  return { placeCode, address, landmark, coordinates, phone, livingConditions, notes };
}

export type HouseholdsService = ReturnType<typeof createHouseholdsService>;

export function createHouseholdsService(db: Kysely<DB>, places: PlacesService, audit: AuditLog) {
  async function present(rows: HouseholdWithMembers[], language: Language): Promise<Household[]> {
    const labels = await places.labels(new Set(rows.map((r) => r.place_code)), language);
    // One date for the whole page: todayIso formats in Kazakhstan's time zone, which is not free.
    const today = todayIso();
    return rows.map((row) =>
      toHousehold(
        row,
        labels.get(row.place_code),
        row.members.map((m) => toPersonSummary(m, today)),
      ),
    );
  }

  function requireWriter(meta: RequestMeta): SessionUser {
    const actor = actorOf(meta);
    if (!canWriteRegistry(actor)) throw forbidden();
    return actor;
  }

  async function load(actor: SessionUser, id: string, language: Language): Promise<Household> {
    const row = await findHousehold(db, actor, id);
    if (!row) throw notFound();
    const [household] = await present([{ ...row, members: await membersOf(db, [id]) }], language);
    if (!household) throw notFound();
    return household;
  }

  return {
    async list(
      meta: RequestMeta,
      query: { q?: string | undefined; cursor?: string | undefined; limit?: number | undefined },
      language: Language,
    ): Promise<HouseholdPage> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw forbidden();
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const rows = await listHouseholds(db, actor, {
        q: query.q?.trim() || undefined,
        beforeId: decodeCursor(query.cursor),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: await present(page, language),
        nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null,
      };
    },

    /** The households among `ids` the user may see, in the order of `ids`. */
    async byIds(meta: RequestMeta, ids: string[], language: Language): Promise<Household[]> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor) || ids.length === 0) return [];
      const rows = await findHouseholds(db, actor, ids);
      const order = new Map(ids.map((id, i) => [id, i]));
      rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return present(rows, language);
    },

    async get(meta: RequestMeta, id: string, language: Language): Promise<Household> {
      const actor = actorOf(meta);
      if (!canReadRegistry(actor)) throw notFound();
      return load(actor, id, language);
    },

    async create(meta: RequestMeta, input: HouseholdInput, language: Language): Promise<Household> {
      const actor = requireWriter(meta);
      await places.requireHouseholdPlace(input.placeCode, actor);
      const id = input.id ?? uuidv7();
      if (await householdExists(db, id)) throw new ProblemError(409, 'duplicate_id');
      await inTransaction(db, async (trx) => {
        await insertHousehold(trx, values(id, input), actor.userId);
        await refreshSearchText(trx, id);
        // What a worker registers stays on their device until a supervisor assigns it elsewhere.
        if (holdsCaseload(actor.role)) await assignHousehold(trx, id, actor.userId, actor.userId);
        const { id: _id, ...fields } = input;
        await recordChange(trx, audit, meta, {
          entity: 'household',
          entityId: id,
          rev: 1,
          op: 'create',
          changedFields: Object.keys(fields).sort(),
          snapshot: fields,
        });
      });
      return load(actor, id, language);
    },

    async update(
      meta: RequestMeta,
      id: string,
      input: HouseholdUpdate,
      language: Language,
    ): Promise<Household> {
      const actor = requireWriter(meta);
      const current = await load(actor, id, language);
      if (current.rev !== input.rev)
        throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: current.rev } });
      if (input.placeCode !== current.placeCode)
        await places.requireHouseholdPlace(input.placeCode, actor);
      const { rev: _rev, ...fields } = input;
      const changed = changedFields(snapshot(current), fields);
      if (changed.length === 0) return current;
      await inTransaction(db, async (trx) => {
        const locked = await findHousehold(trx, actor, id, { forUpdate: true });
        if (!locked) throw notFound();
        if (locked.rev !== input.rev)
          throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: locked.rev } });
        const { id: _id, ...rowValues } = values(id, fields);
        const row = await updateHousehold(trx, id, rowValues, actor.userId);
        await refreshSearchText(trx, id);
        await recordChange(trx, audit, meta, {
          entity: 'household',
          entityId: id,
          rev: row.rev,
          op: 'update',
          changedFields: changed,
          snapshot: fields,
        });
      });
      return load(actor, id, language);
    },

    async remove(meta: RequestMeta, id: string): Promise<void> {
      const actor = requireWriter(meta);
      await inTransaction(db, async (trx) => {
        const row = await findHousehold(trx, actor, id, { forUpdate: true });
        if (!row) throw notFound();
        const { household, members } = await softDeleteHousehold(trx, id, actor.userId);
        await recordChange(trx, audit, meta, {
          entity: 'household',
          entityId: id,
          rev: household.rev,
          op: 'delete',
          changedFields: [],
          snapshot: null,
        });
        // Each member leaves its own trace, so a person's history and audit show the removal.
        for (const member of members)
          await recordChange(trx, audit, meta, {
            entity: 'person',
            entityId: member.id,
            rev: member.rev,
            op: 'delete',
            changedFields: [],
            snapshot: null,
          });
      });
    },
  };
}
