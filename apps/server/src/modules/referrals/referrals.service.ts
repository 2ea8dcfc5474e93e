import {
  canAnswerReferral,
  canReadReferrals,
  canSendReferrals,
  referralInputIssues,
  statusChangeIssues,
  todayIso,
  type Actor,
  type Language,
  type Referral,
  type ReferralInputValue,
  type ReferralListQuery,
  type ReferralPage,
  type ReferralStatusChangeValue,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, notFound, ProblemError } from '../../http/problem.js';
import { consentFactsOf } from '../assessments/assessments.mapper.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { PlacesService } from '../places/places.service.js';
import { DEFAULT_PAGE, MAX_PAGE } from '../registry/cursor.js';
import { recordChange } from '../registry/history.js';
import { toReferral, type ReferralReader } from './referrals.mapper.js';
import {
  eventsOf,
  findReferral,
  insertReferral,
  insertReferralEvent,
  listReferrals,
  lockReferralPerson,
  organizationExists,
  referralEventExists,
  referralExists,
  updateReferralStatus,
  type ReferralPosition,
  type ReferralRecord,
} from './referrals.repo.js';
import { loadSharedParts } from './referrals.shared.js';

const personNotFound = () =>
  new ProblemError(404, 'not_found', {
    errors: [{ path: 'personId', code: 'referral.person_not_found' }],
  });

const positionSchema = z.object({
  v: z.literal(1),
  c: z.boolean(),
  on: z.iso.date(),
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/),
  id: z.uuid(),
});

function encodePosition(p: ReferralPosition): string {
  return Buffer.from(JSON.stringify({ v: 1, c: p.closed, on: p.on, at: p.at, id: p.id })).toString(
    'base64url',
  );
}

function decodePosition(cursor: string | undefined): ReferralPosition | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const p = positionSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { closed: p.c, on: p.on, at: p.at, id: p.id };
  } catch {
    throw new ProblemError(400, 'bad_cursor');
  }
}

/** Who reads referrals at all: the CBR side and the family (their household), and providers. */
export function readerOf(actor: Actor): ReferralReader | null {
  if (actor.role === 'provider') return 'provider';
  return canReadReferrals(actor) ? 'cbr' : null;
}

export type ReferralsService = ReturnType<typeof createReferralsService>;

/**
 * Referrals with a closed loop (issue 6; docs/decisions/0028). The CBR side sends them from a
 * person's file under their consent to sharing with services; the addressed organization's staff
 * (and the CBR side) record each step, checked by the domain's `statusChangeIssues`. Providers
 * reach only referrals addressed to their organization, with only the shared parts of the person.
 */
export function createReferralsService(db: Kysely<DB>, audit: AuditLog, places: PlacesService) {
  /** A referral the actor may read, or 404 (out of sight answers like absent). */
  async function readable(actor: SessionUser, id: string, executor: Kysely<DB> = db) {
    if (!readerOf(actor)) throw notFound();
    const row = await findReferral(executor, actor, id);
    if (!row) throw notFound();
    return row;
  }

  /** The referral as the actor sees it: events, and for a provider the shared parts. */
  async function view(
    actor: SessionUser,
    row: ReferralRecord,
    language: Language,
    executor: Kysely<DB> = db,
  ): Promise<Referral> {
    const reader = readerOf(actor) ?? 'cbr';
    const today = todayIso();
    const events = (await eventsOf(executor, [row.id])).get(row.id) ?? [];
    const shared =
      reader === 'provider'
        ? await loadSharedParts(executor, places, row, language, today)
        : undefined;
    return toReferral(row, events, { reader, language, today, ...(shared ? { shared } : {}) });
  }

  async function create(
    meta: RequestMeta,
    input: ReferralInputValue,
    language: Language,
  ): Promise<Referral> {
    const actor = actorOf(meta);
    if (!canSendReferrals(actor)) throw forbidden();
    const id = input.id ?? uuidv7();
    await inTransaction(db, async (trx) => {
      const person = await lockReferralPerson(trx, actor, input.personId);
      if (!person) throw personNotFound();
      if (!(await organizationExists(trx, input.organizationId)))
        throw invalid([{ path: 'organizationId', code: 'referral.organization_not_found' }]);
      const issues = referralInputIssues(
        input,
        { birthDate: person.birth_date, consents: consentFactsOf(person.consents) },
        todayIso(),
      );
      if (issues.length) throw invalid(issues);
      if (await referralExists(trx, id)) throw new ProblemError(409, 'duplicate_id');
      await insertReferral(trx, {
        id,
        person_id: person.id,
        household_id: person.household_id,
        organization_id: input.organizationId,
        reason: input.reason,
        elements: input.elements,
        urgency: input.urgency,
        shared: input.shared,
        sent_on: input.sentOn,
        status: 'sent',
        status_on: input.sentOn,
        appointment_on: null,
        note: input.note,
        sent_by: actor.userId,
      });
      await insertReferralEvent(trx, {
        id: uuidv7(),
        referral_id: id,
        status: 'sent',
        on_date: input.sentOn,
        appointment_on: null,
        note: null,
        by_user: actor.userId,
        by_role: actor.role,
      });
      await recordChange(trx, audit, meta, {
        entity: 'referral',
        entityId: id,
        rev: 1,
        op: 'create',
        changedFields: Object.keys(input)
          .filter((k) => k !== 'id')
          .sort(),
        snapshot: null,
      });
    });
    return view(actor, await readable(actor, id), language);
  }

  /**
   * Records the next step of the loop. The referral row is locked, so two answers at once are
   * checked one after the other; a step the lifecycle forbids changes nothing (422).
   */
  async function changeStatus(
    meta: RequestMeta,
    id: string,
    change: ReferralStatusChangeValue,
    language: Language,
    stepId: string = uuidv7(),
  ): Promise<Referral> {
    const actor = actorOf(meta);
    if (!readerOf(actor)) throw notFound();
    await inTransaction(db, async (trx) => {
      const row = await findReferral(trx, actor, id, { forUpdate: true });
      if (!row) throw notFound();
      if (!canAnswerReferral(actor, row.organization_id)) throw forbidden();
      const issues = statusChangeIssues(
        { status: row.status, statusOn: row.status_on },
        { status: change.status, date: change.date, appointmentOn: change.appointmentOn },
        todayIso(),
      );
      if (issues.length) throw invalid(issues);
      if (await referralEventExists(trx, stepId)) throw new ProblemError(409, 'duplicate_id');
      const rev = await updateReferralStatus(trx, id, {
        status: change.status,
        status_on: change.date,
        // An appointment stays on record after it (completed, not attended).
        appointment_on: change.status === 'scheduled' ? change.appointmentOn : row.appointment_on,
      });
      await insertReferralEvent(trx, {
        id: stepId,
        referral_id: id,
        status: change.status,
        on_date: change.date,
        appointment_on: change.appointmentOn,
        note: change.note,
        by_user: actor.userId,
        by_role: actor.role,
      });
      await recordChange(trx, audit, meta, {
        entity: 'referral',
        entityId: id,
        rev,
        op: 'update',
        changedFields: ['appointmentOn', 'events', 'status', 'statusOn'],
        snapshot: null,
      });
    });
    return view(actor, await readable(actor, id), language);
  }

  return {
    create,
    changeStatus,
    readable,
    view,

    /** One referral (each read is audited). */
    async get(meta: RequestMeta, id: string, language: Language): Promise<Referral> {
      const actor = actorOf(meta);
      const row = await readable(actor, id);
      const referral = await view(actor, row, language);
      await audit.append(meta, { action: 'read', entity: 'referral', entityId: id });
      return referral;
    },

    /**
     * Referrals the actor may see, open first and then the newest: the CBR side those of persons
     * in their places (a family its own household's), a provider their organization's inbox.
     */
    async list(
      meta: RequestMeta,
      query: ReferralListQuery,
      language: Language,
    ): Promise<ReferralPage> {
      const actor = actorOf(meta);
      const reader = readerOf(actor);
      if (!reader) throw forbidden();
      const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
      const after = decodePosition(query.cursor);
      const rows = await listReferrals(db, actor, {
        personId: query.personId,
        householdId: query.householdId,
        organizationId: query.organizationId,
        status: query.status,
        open: query.open === undefined ? undefined : query.open === 'true',
        after,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const events = await eventsOf(
        db,
        page.map((r) => r.id),
      );
      if (page.length > 0)
        await audit.append(meta, {
          action: 'read',
          entity: query.personId ? 'person' : query.householdId ? 'household' : 'referral',
          ...(query.personId || query.householdId
            ? { entityId: query.personId ?? query.householdId }
            : {}),
          fields: ['referrals'],
        });
      const today = todayIso();
      const last = page.at(-1);
      return {
        items: page.map((r) => toReferral(r, events.get(r.id) ?? [], { reader, language, today })),
        nextCursor:
          rows.length > limit && last
            ? encodePosition({
                closed: last.closed,
                on: last.sent_on,
                at: last.created_at_text,
                id: last.id,
              })
            : null,
      };
    },
  };
}
