import type { Me } from '@birge/domain';
import { meAnswer } from '../data/session-schemas.js';

/**
 * Who last used the device store, so the app can open at the unlock screen without a network.
 * Kept in localStorage in clear: the user's own name, role and places (no caseload data), the
 * same as the signed-in header shows (docs/decisions/0011).
 */
const KEY = 'birge.device';

export interface DeviceAccount {
  get: () => Me | null;
  set: (me: Me) => void;
  clear: () => void;
}

export function createDeviceAccount(storage: Storage): DeviceAccount {
  return {
    get() {
      try {
        const raw = storage.getItem(KEY);
        if (!raw) return null;
        const parsed = meAnswer.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    set: (me) => storage.setItem(KEY, JSON.stringify(me)),
    clear: () => storage.removeItem(KEY),
  };
}

/** Roles whose device keeps a caseload (docs/sync-protocol.md, "What a device holds"). */
export function keepsCaseload(me: Pick<Me, 'role'>): boolean {
  return me.role === 'worker' || me.role === 'supervisor' || me.role === 'family';
}
