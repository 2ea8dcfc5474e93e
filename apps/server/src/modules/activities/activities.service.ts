import {
  ACTIVITY_ID_PATTERN,
  canEditActivities,
  type Activity,
  type ActivityCard,
  type ActivityCategory,
  type ActivityInput,
  type ActivityOrigin,
  type ActivityPage,
  type ActivityUpdate,
  type CbrElementId,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf, type RequestMeta, type SessionUser } from '../../http/context.js';
import { forbidden, invalid, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import {
  findActivity,
  findActivityVersion,
  insertActivity,
  insertActivityVersions,
  knownActivityIds,
  listActivities,
  updateActivity,
  type ActivityRow,
} from './activities.repo.js';

/** The library is small reference data: a device takes it in a page or two. */
export const DEFAULT_ACTIVITY_PAGE = 100;
export const MAX_ACTIVITY_PAGE = 200;

export const activityNotFound = () =>
  new ProblemError(404, 'not_found', { errors: [{ path: 'id', code: 'activity.not_found' }] });

const cursorSchema = z.object({ v: z.literal(1), id: z.string().regex(ACTIVITY_ID_PATTERN) });

export function encodeActivityCursor(id: string): string {
  return Buffer.from(JSON.stringify({ v: 1, id })).toString('base64url');
}

function decodeActivityCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).id;
  } catch {
    throw new ProblemError(400, 'bad_cursor');
  }
}

function originOf(row: ActivityRow): ActivityOrigin {
  if (row.builtin_version === null) return 'custom';
  return row.edited ? 'edited' : 'builtin';
}

/** The stored card (validated when written) as the API shows it. */
export function toActivity(row: ActivityRow): Activity {
  const card = row.data as unknown as ActivityCard;
  return {
    ...card,
    id: row.id,
    version: row.version,
    retired: row.retired,
    origin: originOf(row),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

/** JSON with object keys sorted: jsonb keeps its own key order, so compare values this way. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const CONTENT_FIELDS = [
  'ages',
  'category',
  'elements',
  'materials',
  'pictogram',
  'purpose',
  'safety',
  'steps',
  'stopSigns',
  'title',
] as const;

/** Names of the content fields whose values differ. */
function changedContent(before: ActivityCard, after: ActivityCard): string[] {
  return CONTENT_FIELDS.filter((key) => canonical(before[key]) !== canonical(after[key]));
}

export interface ActivityListQuery {
  category?: ActivityCategory | undefined;
  age?: number | undefined;
  element?: CbrElementId | undefined;
  retired?: boolean | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;

/**
 * The activity library (issue 5, docs/decisions/0021): every signed-in role reads it; admins add
 * cards and change them. A change of the text is a new version (the old one is kept); changing
 * only `retired` is not. Writes are audited; reads are not (cards hold no personal data).
 */
export function createActivitiesService(db: Kysely<DB>, audit: AuditLog) {
  function editor(meta: RequestMeta): SessionUser {
    const actor = actorOf(meta);
    if (!canEditActivities(actor)) throw forbidden();
    return actor;
  }

  async function load(id: string): Promise<Activity> {
    const row = await findActivity(db, id);
    if (!row) throw activityNotFound();
    return toActivity(row);
  }

  return {
    async list(meta: RequestMeta, query: ActivityListQuery): Promise<ActivityPage> {
      actorOf(meta);
      const limit = Math.min(query.limit ?? DEFAULT_ACTIVITY_PAGE, MAX_ACTIVITY_PAGE);
      const rows = await listActivities(db, {
        category: query.category,
        ageMonths: query.age,
        element: query.element,
        retired: query.retired,
        after: decodeActivityCursor(query.cursor),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toActivity),
        nextCursor: rows.length > limit && last ? encodeActivityCursor(last.id) : null,
      };
    },

    /** The card now, or an earlier version of its text (its state — retired, origin — is today's). */
    async get(meta: RequestMeta, id: string, version?: number): Promise<Activity> {
      actorOf(meta);
      const current = await load(id);
      if (version === undefined || version === current.version) return current;
      const old = await findActivityVersion(db, id, version);
      if (!old)
        throw new ProblemError(404, 'not_found', {
          errors: [{ path: 'version', code: 'activity.version_not_found' }],
        });
      return {
        ...current,
        ...(old.data as unknown as ActivityCard),
        updatedAt: old.created_at.toISOString(),
        updatedBy: old.created_by,
      };
    },

    async create(meta: RequestMeta, input: ActivityInput): Promise<Activity> {
      const actor = editor(meta);
      const card: ActivityCard = { ...input, version: 1 };
      await inTransaction(db, async (trx) => {
        if (!(await insertActivity(trx, card, actor.userId)))
          throw new ProblemError(409, 'duplicate_id');
        await insertActivityVersions(trx, [{ card, userId: actor.userId }]);
        await audit.appendIn(trx, meta, {
          action: 'create',
          entity: 'activity',
          entityId: card.id,
          fields: [...CONTENT_FIELDS],
        });
      });
      return load(card.id);
    },

    /**
     * Replaces a card's content; `input.version` must be the current one (409 `stale_revision`
     * otherwise, with `currentVersion`). A card shipped with Birge becomes `edited`: later shipped
     * versions no longer replace it. An update that changes nothing writes nothing.
     */
    async update(meta: RequestMeta, id: string, input: ActivityUpdate): Promise<Activity> {
      const actor = editor(meta);
      const { version: basedOn, retired: retiredInput, ...content } = input;
      await inTransaction(db, async (trx) => {
        const row = await findActivity(trx, id, { forUpdate: true });
        if (!row) throw activityNotFound();
        if (row.version !== basedOn)
          throw new ProblemError(409, 'stale_revision', {
            extensions: { currentVersion: row.version },
          });
        if (!id.startsWith(`${content.category}.`))
          throw invalid([{ path: 'category', code: 'activity.id_category' }]);
        const before = row.data as unknown as ActivityCard;
        const retired = retiredInput ?? row.retired;
        const changed = changedContent(before, { ...content, id, version: row.version });
        if (changed.length === 0 && retired === row.retired) return;
        const card: ActivityCard =
          changed.length > 0 ? { ...content, id, version: row.version + 1 } : before;
        await updateActivity(trx, card, { retired, edited: true, userId: actor.userId });
        if (changed.length > 0) await insertActivityVersions(trx, [{ card, userId: actor.userId }]);
        await audit.appendIn(trx, meta, {
          action: 'update',
          entity: 'activity',
          entityId: id,
          fields: [...changed, ...(retired === row.retired ? [] : ['retired'])].sort(),
        });
      });
      return load(id);
    },

    /** Those of `ids` the library holds: the lookup plans and visits check their cards with. */
    known: (executor: Kysely<DB>, ids: readonly string[]) => knownActivityIds(executor, ids),
  };
}
