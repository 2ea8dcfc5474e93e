import type { SyncDevice } from '@birge/domain';

/**
 * Which devices need a supervisor's attention, so the sync monitor lists them first: a device
 * that has not synced for days, or keeps changes it cannot send, is where data gets lost.
 */

/** No successful sync for this long is trouble (docs/sync-protocol.md, "Sync monitor"). */
export const STALE_AFTER_DAYS = 3;
/** Changes waiting on the device are worrying once its last successful sync is this old. */
export const PENDING_STALE_AFTER_HOURS = 24;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type Trouble =
  /** Never completed a sync. */
  | 'never'
  /** Last successful sync more than STALE_AFTER_DAYS ago. */
  | 'stale'
  /** Mutations the server refused: someone must fix and resend them. */
  | 'rejected'
  /** Device versions waiting for a supervisor's choice. */
  | 'conflicts'
  /** Unsent changes on a device that has not synced for a while. */
  | 'unsent';

/** How much each trouble weighs when ordering the list: unsent data first, then silence. */
const WEIGHT: Record<Trouble, number> = {
  unsent: 16,
  rejected: 8,
  never: 4,
  stale: 4,
  conflicts: 2,
};

function age(iso: string | null, now: Date): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : now.getTime() - time;
}

/** What is wrong with a device now, most serious first; empty when all is well. */
export function deviceTroubles(device: SyncDevice, now: Date): Trouble[] {
  const troubles: Trouble[] = [];
  const sinceSuccess = age(device.lastSuccessAt, now);
  if ((device.pending ?? 0) > 0 && sinceSuccess > PENDING_STALE_AFTER_HOURS * HOUR)
    troubles.push('unsent');
  if (device.rejected > 0) troubles.push('rejected');
  if (device.lastSuccessAt === null) troubles.push('never');
  else if (sinceSuccess > STALE_AFTER_DAYS * DAY) troubles.push('stale');
  if (device.conflictsOpen > 0) troubles.push('conflicts');
  return troubles.sort((a, b) => WEIGHT[b] - WEIGHT[a]);
}

export interface MonitoredDevice {
  device: SyncDevice;
  troubles: Trouble[];
}

/**
 * Devices in trouble first (heavier trouble first), then the longest without a successful sync,
 * then by user name: the top of the list is where to act.
 */
export function sortByTrouble(devices: readonly SyncDevice[], now: Date): MonitoredDevice[] {
  const score = (troubles: Trouble[]) => troubles.reduce((sum, t) => sum + WEIGHT[t], 0);
  return devices
    .map((device) => ({ device, troubles: deviceTroubles(device, now) }))
    .sort(
      (a, b) =>
        score(b.troubles) - score(a.troubles) ||
        age(b.device.lastSuccessAt, now) - age(a.device.lastSuccessAt, now) ||
        a.device.user.name.localeCompare(b.device.user.name) ||
        a.device.deviceId.localeCompare(b.device.deviceId),
    );
}
