import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Notes a device's contact for the supervisor's sync monitor. */
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
  const now = sql<Date>`now()`;
  const values = {
    user_id: userId,
    device_id: deviceId,
    user_agent: contact.userAgent?.slice(0, 300) ?? null,
    ...(contact.pull ? { last_pull_at: now } : {}),
    ...(contact.push ? { last_push_at: now } : {}),
    ...(contact.success ? { last_success_at: now } : {}),
    ...(contact.pending === undefined ? {} : { pending: contact.pending }),
  };
  const { user_id: _u, device_id: _d, ...changes } = values;
  await db
    .insertInto('sync_devices')
    .values(values)
    .onConflict((oc) => oc.columns(['user_id', 'device_id']).doUpdateSet(changes))
    .execute();
}
