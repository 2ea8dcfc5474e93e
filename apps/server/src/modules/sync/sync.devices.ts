import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** A device's contact is written at most this often, unless what it reports changed. */
const QUIET_SECONDS = 60;

/**
 * Notes a device's contact for the supervisor's sync monitor. Pulls come every few minutes from
 * every phone: a contact that changes nothing the monitor shows (same outbox size, noted less than
 * a minute ago) writes nothing, so an empty pull stays a read.
 */
export async function touchDevice(
  db: Kysely<DB> | Transaction<DB>,
  userId: string,
  deviceId: string,
  contact: {
    push?: boolean;
    pull?: boolean;
    success: boolean;
    pending?: number | undefined;
    userAgent: string | null;
  },
): Promise<void> {
  const userAgent = contact.userAgent?.slice(0, 300) ?? null;
  const pending = contact.pending ?? null;
  const stamp = (wanted: boolean | undefined, column: string) =>
    wanted ? sql`now()` : sql`d.${sql.ref(column)}`;
  // One statement: update when something changed or the last note is old; insert a new device.
  await sql`
    WITH updated AS (
      UPDATE sync_devices d SET
        last_pull_at = ${stamp(contact.pull, 'last_pull_at')},
        last_push_at = ${stamp(contact.push, 'last_push_at')},
        last_success_at = ${stamp(contact.success, 'last_success_at')},
        pending = coalesce(${pending}::int, d.pending),
        user_agent = ${userAgent}
      WHERE d.user_id = ${userId} AND d.device_id = ${deviceId} AND (
        ${contact.push ?? false}
        OR (${pending}::int IS NOT NULL AND d.pending IS DISTINCT FROM ${pending}::int)
        OR (${contact.success} AND d.last_success_at IS NULL)
        OR greatest(d.last_pull_at, d.last_push_at) < now() - make_interval(secs => ${QUIET_SECONDS})
      )
      RETURNING 1
    )
    INSERT INTO sync_devices (user_id, device_id, user_agent, last_pull_at, last_push_at, last_success_at, pending)
    SELECT ${userId}, ${deviceId}, ${userAgent},
      ${contact.pull ? sql`now()` : sql`NULL`}, ${contact.push ? sql`now()` : sql`NULL`},
      ${contact.success ? sql`now()` : sql`NULL`}, ${pending}::int
    WHERE NOT EXISTS (SELECT 1 FROM sync_devices WHERE user_id = ${userId} AND device_id = ${deviceId})
    ON CONFLICT (user_id, device_id) DO NOTHING
  `.execute(db);
}
