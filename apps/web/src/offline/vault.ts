import {
  deriveWrappingKey,
  generateDataKey,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  unwrapDataKey,
  wrapDataKey,
  type Sealed,
} from './crypto.js';
import { openDeviceDb, readMeta, writeMeta, type DeviceDb } from './device-db.js';

/**
 * The keys of a user's device store. The data key is wrapped twice — under a key derived from the
 * PIN and under one derived from the password — so the store opens offline with either. Wrong PINs
 * are counted; after `MAX_PIN_FAILURES` only the password opens it (docs/decisions/0011).
 */

export const MAX_PIN_FAILURES = 5;
export const MIN_PIN_LENGTH = 4;
export const RECOMMENDED_PIN_LENGTH = 6;

interface KeyMeta {
  iterations: number;
  passwordSalt: Uint8Array<ArrayBuffer>;
  byPassword: Sealed;
  pinSalt: Uint8Array<ArrayBuffer> | null;
  byPin: Sealed | null;
}

interface PinMeta {
  failures: number;
}

/** An open store: its database and the data key, held in memory only while unlocked. */
export interface DeviceStore {
  userId: string;
  db: DeviceDb;
  key: CryptoKey;
}

export type PinProblem = 'pin.tooShort' | 'pin.digitsOnly' | 'pin.tooSimple';

/** What is wrong with a PIN the user wants to set, or null. */
export function pinProblem(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'pin.digitsOnly';
  if (pin.length < MIN_PIN_LENGTH) return 'pin.tooShort';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] ?? 0)));
  // One repeated digit (1111) or a straight run (1234, 9876) is the first thing anyone tries.
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 2)) return 'pin.tooSimple';
  return null;
}

export interface VaultOptions {
  /** PBKDF2 work factor; lowered only in tests. */
  iterations?: number;
}

export type PinUnlock =
  | { ok: true; store: DeviceStore }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'disabled' | 'no-pin' };

export function createVault(options: VaultOptions = {}) {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;

  async function keys(db: DeviceDb): Promise<KeyMeta | undefined> {
    return readMeta<KeyMeta>(db, 'keys');
  }

  return {
    /** Whether this user has a store on the device, and whether a PIN opens it now. */
    async describe(
      userId: string,
    ): Promise<{ exists: boolean; pin: 'set' | 'unset' | 'disabled' }> {
      const db = await openDeviceDb(userId);
      try {
        const meta = await keys(db);
        if (!meta) return { exists: false, pin: 'unset' };
        const pin = (await readMeta<PinMeta>(db, 'pin')) ?? { failures: 0 };
        return {
          exists: true,
          pin: !meta.byPin ? 'unset' : pin.failures >= MAX_PIN_FAILURES ? 'disabled' : 'set',
        };
      } finally {
        db.close();
      }
    },

    /**
     * Opens (or creates) the store with the password: at sign-in online, or offline when the PIN
     * is forgotten or disabled. Resets the PIN failure count. Null when the password does not
     * open the existing store (it was changed since; the PIN still does).
     */
    async unlockWithPassword(userId: string, password: string): Promise<DeviceStore | null> {
      const db = await openDeviceDb(userId);
      const meta = await keys(db);
      if (!meta) {
        const key = await generateDataKey();
        const passwordSalt = randomBytes(SALT_BYTES);
        const byPassword = await wrapDataKey(
          key,
          await deriveWrappingKey(password, passwordSalt, iterations),
        );
        await writeMeta(db, 'keys', {
          iterations,
          passwordSalt,
          byPassword,
          pinSalt: null,
          byPin: null,
        } satisfies KeyMeta);
        return { userId, db, key };
      }
      const wrapping = await deriveWrappingKey(password, meta.passwordSalt, meta.iterations);
      const key = await unwrapDataKey(meta.byPassword, wrapping);
      if (!key) {
        db.close();
        return null;
      }
      await writeMeta(db, 'pin', { failures: 0 } satisfies PinMeta);
      return { userId, db, key };
    },

    async unlockWithPin(userId: string, pin: string): Promise<PinUnlock> {
      const db = await openDeviceDb(userId);
      const meta = await keys(db);
      const counter = (await readMeta<PinMeta>(db, 'pin')) ?? { failures: 0 };
      if (!meta?.byPin || !meta.pinSalt) {
        db.close();
        return { ok: false, reason: 'no-pin' };
      }
      if (counter.failures >= MAX_PIN_FAILURES) {
        db.close();
        return { ok: false, reason: 'disabled' };
      }
      const wrapping = await deriveWrappingKey(pin, meta.pinSalt, meta.iterations);
      const key = await unwrapDataKey(meta.byPin, wrapping);
      if (!key) {
        const failures = counter.failures + 1;
        await writeMeta(db, 'pin', { failures } satisfies PinMeta);
        db.close();
        return failures >= MAX_PIN_FAILURES
          ? { ok: false, reason: 'disabled' }
          : { ok: false, reason: 'wrong', attemptsLeft: MAX_PIN_FAILURES - failures };
      }
      await writeMeta(db, 'pin', { failures: 0 } satisfies PinMeta);
      return { ok: true, store: { userId, db, key } };
    },

    /** Sets or replaces the PIN of an open store (a fresh salt each time). */
    async setPin(store: DeviceStore, pin: string): Promise<void> {
      const problem = pinProblem(pin);
      if (problem) throw new Error(problem);
      const meta = await keys(store.db);
      if (!meta) throw new Error('The store has no keys');
      const pinSalt = randomBytes(SALT_BYTES);
      const byPin = await wrapDataKey(
        store.key,
        await deriveWrappingKey(pin, pinSalt, meta.iterations),
      );
      await writeMeta(store.db, 'keys', { ...meta, pinSalt, byPin } satisfies KeyMeta);
      await writeMeta(store.db, 'pin', { failures: 0 } satisfies PinMeta);
    },

    /** After a password change: the store, opened with the PIN, is wrapped under the new password. */
    async rewrapPassword(store: DeviceStore, password: string): Promise<void> {
      const meta = await keys(store.db);
      if (!meta) throw new Error('The store has no keys');
      const passwordSalt = randomBytes(SALT_BYTES);
      const byPassword = await wrapDataKey(
        store.key,
        await deriveWrappingKey(password, passwordSalt, meta.iterations),
      );
      await writeMeta(store.db, 'keys', { ...meta, passwordSalt, byPassword } satisfies KeyMeta);
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
