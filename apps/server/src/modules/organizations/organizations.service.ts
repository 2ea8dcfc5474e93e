import {
  canManageOrganizations,
  katoPrefix,
  searchKey,
  type Language,
  type Organization,
  type OrganizationContent,
  type OrganizationInputValue,
  type OrganizationPage,
  type OrganizationUpdate,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { PlacesService } from '../places/places.service.js';
import { findPlace } from '../places/places.repo.js';
import { DEFAULT_PAGE, MAX_PAGE } from '../registry/cursor.js';
import { changedFields } from '../registry/history.js';
import { decodeOffset, encodeOffset } from './organizations.cursor.js';
import { contentOf, toOrganization } from './organizations.mapper.js';
import {
  findOrganization,
  insertOrganization,
  listOrganizations,
  organizationExists,
  placeNames,
  softDeleteOrganization,
  updateOrganization,
  type OrganizationRow,
  type OrganizationValues,
} from './organizations.repo.js';

export interface OrganizationQuery {
  q?: string | undefined;
  place?: string | undefined;
  sector?: string | undefined;
  type?: string | undefined;
  element?: string | undefined;
  accessibility?: string[] | undefined;
  near?: { lat: number; lon: number } | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;

export function createOrganizationsService(db: Kysely<DB>, places: PlacesService, audit: AuditLog) {
  async function present(rows: OrganizationRow[], language: Language): Promise<Organization[]> {
    const labels = await places.labels(new Set(rows.map((r) => r.place_code)), language);
    return rows.map((row) => toOrganization(row, labels.get(row.place_code)));
  }

  /** The place must exist, be current and lie in the actor's keeping (admins: anywhere). */
  async function requirePlace(actor: SessionUser, code: string): Promise<void> {
    const row = await findPlace(db, code);
    if (!row) throw invalid([{ path: 'placeCode', code: 'place.unknown' }]);
    if (row.retired_in) throw invalid([{ path: 'placeCode', code: 'place.retired' }]);
    if (!canManageOrganizations(actor, code))
      throw invalid([{ path: 'placeCode', code: 'place.out_of_scope' }]);
  }

  async function values(id: string, input: OrganizationContent): Promise<OrganizationValues> {
    const place = await placeNames(db, input.placeCode);
    // Lower-casing happens here, not in SQL: lower() of Cyrillic depends on the database locale.
    const search = searchKey(
      [input.name, ...Object.values(input.names), input.address, ...Object.values(place ?? {})]
        .filter(Boolean)
        .join(' '),
    );
    return {
      id,
      name: input.name,
      names: JSON.stringify(input.names),
      sector: input.sector,
      type: input.type,
      place_code: input.placeCode,
      address: input.address,
      latitude: input.coordinates?.lat ?? null,
      longitude: input.coordinates?.lon ?? null,
      phone: input.phone,
      email: input.email,
      website: input.website,
      opening_hours: input.openingHours,
      languages: input.languages,
      services: input.services,
      accessibility: input.accessibility,
      description: input.description,
      search_text: search,
    };
  }

  async function load(id: string, language: Language): Promise<Organization> {
    const row = await findOrganization(db, id);
    if (!row) throw notFound();
    const [organization] = await present([row], language);
    if (!organization) throw notFound();
    return organization;
  }

  /** Writers: admins, and supervisors for what lies in their places (403 otherwise). */
  function requireManager(meta: RequestMeta, placeCode?: string): SessionUser {
    const actor = actorOf(meta);
    if (!canManageOrganizations(actor, placeCode)) throw forbidden();
    return actor;
  }

  return {
    async list(
      meta: RequestMeta,
      query: OrganizationQuery,
      language: Language,
    ): Promise<OrganizationPage> {
      actorOf(meta);
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const offset = decodeOffset(query.cursor);
      const rows = await listOrganizations(db, {
        q: query.q?.trim() || undefined,
        placePrefix: query.place ? katoPrefix(query.place) : undefined,
        sector: query.sector,
        type: query.type,
        element: query.element,
        accessibility: query.accessibility,
        near: query.near,
        offset,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      return {
        items: await present(page, language),
        nextCursor: rows.length > limit ? encodeOffset(offset + limit) : null,
      };
    },

    async get(meta: RequestMeta, id: string, language: Language): Promise<Organization> {
      actorOf(meta);
      return load(id, language);
    },

    async create(
      meta: RequestMeta,
      input: OrganizationInputValue,
      language: Language,
    ): Promise<Organization> {
      const actor = requireManager(meta);
      await requirePlace(actor, input.placeCode);
      const id = input.id ?? uuidv7();
      if (await organizationExists(db, id)) throw new ProblemError(409, 'duplicate_id');
      const { id: _id, ...content } = input;
      const row = await values(id, content);
      await inTransaction(db, async (trx) => {
        await insertOrganization(trx, row, actor.userId);
        await audit.appendIn(trx, meta, {
          action: 'create',
          entity: 'organization',
          entityId: id,
          fields: Object.keys(content).sort(),
        });
      });
      return load(id, language);
    },

    async update(
      meta: RequestMeta,
      id: string,
      input: OrganizationUpdate,
      language: Language,
    ): Promise<Organization> {
      const current = await findOrganization(db, id);
      if (!current) throw notFound();
      const actor = requireManager(meta, current.place_code);
      if (current.rev !== input.rev)
        throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: current.rev } });
      const { rev: _rev, ...content } = input;
      if (content.placeCode !== current.place_code) await requirePlace(actor, content.placeCode);
      const changed = changedFields(contentOf(current), content);
      if (changed.length === 0) return load(id, language);
      const row = await values(id, content);
      await inTransaction(db, async (trx) => {
        const locked = await findOrganization(trx, id, { forUpdate: true });
        if (!locked) throw notFound();
        if (locked.rev !== input.rev)
          throw new ProblemError(409, 'stale_revision', { extensions: { currentRev: locked.rev } });
        const { id: _id, ...rowValues } = row;
        await updateOrganization(trx, id, rowValues, actor.userId);
        await audit.appendIn(trx, meta, {
          action: 'update',
          entity: 'organization',
          entityId: id,
          fields: changed,
        });
      });
      return load(id, language);
    },

    async remove(meta: RequestMeta, id: string): Promise<void> {
      const current = await findOrganization(db, id);
      if (!current) throw notFound();
      const actor = requireManager(meta, current.place_code);
      await inTransaction(db, async (trx) => {
        const locked = await findOrganization(trx, id, { forUpdate: true });
        if (!locked) throw notFound();
        await softDeleteOrganization(trx, id, actor.userId);
        await audit.appendIn(trx, meta, {
          action: 'delete',
          entity: 'organization',
          entityId: id,
          fields: [],
        });
      });
    },
  };
}
