import {
  canSuperviseSync,
  todayIso,
  type Language,
  type SyncDevice,
  type SyncPullResponse,
  type SyncResult,
  type Translate,
} from '@birge/domain';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { DB } from '../../db/schema.js';
import { actorOf, type RequestMeta } from '../../http/context.js';
import { forbidden } from '../../http/problem.js';
import { worksWithin } from '../caseloads/caseloads.repo.js';
import { touchDevice } from './sync.devices.js';
import type { SyncRegistry } from './sync.entities.js';
import { pullChanges } from './sync.pull.js';
import { pushMutations } from './sync.push.js';

export const DEFAULT_PULL_LIMIT = 500;

/** The first day of ended history a device keeps: `months` before `today`. */
export function historyStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService(db: Kysely<DB>, registry: SyncRegistry, config: Config) {
  const limits = {
    maxHouseholds: config.syncMaxHouseholds,
    historyMonths: config.syncHistoryMonths,
  };

  return {
    async pull(
      meta: RequestMeta,
      query: {
        cursor?: string | undefined;
        limit?: number | undefined;
        deviceId?: string | undefined;
        pending?: number | undefined;
      },
      language: Language,
    ): Promise<SyncPullResponse> {
      const actor = actorOf(meta);
      const today = todayIso();
      const page = await pullChanges(
        db,
        registry,
        { actor, language, today, historyBefore: historyStart(today, limits.historyMonths) },
        { cursor: query.cursor, limit: query.limit ?? DEFAULT_PULL_LIMIT },
        limits,
      );
      if (query.deviceId)
        await touchDevice(db, actor.userId, query.deviceId, {
          pull: true,
          // A sync succeeds when the device has everything: the last page of a pull.
          success: !page.hasMore,
          pending: query.pending,
          userAgent: meta.userAgent,
        });
      return page;
    },

    async push(
      meta: RequestMeta,
      body: { deviceId: string; mutations: unknown[]; pending?: number | undefined },
      language: Language,
      t: Translate,
    ): Promise<SyncResult[]> {
      const actor = actorOf(meta);
      return pushMutations(db, registry, { meta, actor, language, t }, body);
    },

    /** Devices of the users working in the caller's places, for the sync monitor. */
    async devices(meta: RequestMeta): Promise<SyncDevice[]> {
      const actor = actorOf(meta);
      if (!canSuperviseSync(actor)) throw forbidden();
      const rows = await db
        .selectFrom('sync_devices as d')
        .innerJoin('users as u', 'u.id', 'd.user_id')
        .selectAll('d')
        .select([
          'u.display_name',
          'u.username',
          // Refusals not since followed by an applied write of the same record from the device.
          sql<number>`(SELECT count(*)::int FROM sync_mutations r
            WHERE r.user_id = d.user_id AND r.device_id = d.device_id AND r.status = 'rejected'
            AND NOT EXISTS (SELECT 1 FROM sync_mutations a WHERE a.user_id = r.user_id
              AND a.device_id = r.device_id AND a.record_id = r.record_id
              AND a.status = 'applied' AND a.received_at > r.received_at))`.as('rejected'),
          sql<number>`(SELECT count(*)::int FROM sync_conflicts c
            WHERE c.created_by = d.user_id AND c.device_id = d.device_id AND c.status = 'open')`.as(
            'conflicts_open',
          ),
        ])
        .where(worksWithin(actor))
        .orderBy('d.last_success_at', 'asc')
        .execute();
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return rows.map((r) => ({
        deviceId: r.device_id,
        user: { id: r.user_id, name: r.display_name, username: r.username },
        firstSeenAt: r.first_seen_at.toISOString(),
        lastPullAt: iso(r.last_pull_at),
        lastPushAt: iso(r.last_push_at),
        lastSuccessAt: iso(r.last_success_at),
        pending: r.pending,
        rejected: r.rejected,
        conflictsOpen: r.conflicts_open,
        userAgent: r.user_agent,
      }));
    },
  };
}
