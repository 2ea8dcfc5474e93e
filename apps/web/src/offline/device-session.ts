import type { Language, Me } from '@birge/domain';
import type { DeviceAccount } from './device-account.js';
import { keepsCaseload } from './device-account.js';
import type { EntityRegistry } from './entity-registry.js';
import type { SyncClient } from './sync-client.js';
import type { SyncEngine } from './sync-engine.js';
import type { DeviceStore, PinUnlock, Vault } from './vault.js';

/**
 * The device side of a session: whether the store is open, and the sync engine while it is.
 * Every reload starts locked — the data key lives only in memory — and the user opens the store
 * with the PIN, or with the password (signing in, or after too many wrong PINs).
 */
export type DeviceState =
  /** Not known yet for this user. */
  | { kind: 'unknown' }
  /** This role keeps no caseload on the device. */
  | { kind: 'off' }
  /** No store for this user yet: the password creates one. */
  | { kind: 'setup' }
  | { kind: 'locked'; pin: 'set' | 'unset' | 'disabled' }
  /** Open, but no PIN yet: the user sets one before going on. */
  | { kind: 'needs-pin' }
  | { kind: 'open' };

export interface DeviceSessionOptions {
  vault: Vault;
  account: DeviceAccount;
  registry: EntityRegistry;
  client: SyncClient;
  language: () => Language;
  /** The caseload on the device changed. */
  onChanged: () => void;
  /** The server disabled the account; the store is already wiped. */
  onDisabled: () => void;
}

export function createDeviceSession(options: DeviceSessionOptions) {
  const { vault, account } = options;
  const listeners = new Set<() => void>();
  let state: DeviceState = { kind: 'unknown' };
  let userId: string | null = null;
  let me: Me | null = null;
  let store: DeviceStore | null = null;
  let engine: SyncEngine | null = null;

  const set = (next: DeviceState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  function close() {
    engine?.stop();
    engine = null;
    store?.db.close();
    store = null;
  }

  async function wipe(id: string) {
    close();
    const { deleteDeviceDb } = await import('./device-db.js');
    await deleteDeviceDb(id);
    if (account.get()?.id === id) account.clear();
  }

  async function opened(next: DeviceStore, user: Me) {
    close();
    store = next;
    // The store's code (sync engine, IndexedDB, places) loads when a store opens, not with the
    // sign-in page.
    const [described, { createSyncEngine }, { refreshPlaces }] = await Promise.all([
      vault.describe(user.id),
      import('./sync-engine.js'),
      import('./places-cache.js'),
    ]);
    engine = createSyncEngine({
      store: next,
      registry: options.registry,
      client: options.client,
      onChanged: options.onChanged,
      onAccountDisabled: () => {
        void wipe(user.id).then(options.onDisabled);
      },
      afterSync: () =>
        refreshPlaces(
          next,
          options.client,
          user.scopes.map((s) => s.code),
          options.language(),
        ),
    });
    set(described.pin === 'unset' ? { kind: 'needs-pin' } : { kind: 'open' });
    await engine.start();
  }

  return {
    getState: (): DeviceState => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getStore: (): DeviceStore | null => (state.kind === 'open' ? store : null),
    getEngine: (): SyncEngine | null => engine,
    user: (): Me | null => me,

    /** Called with the signed-in user (from the server, or the device's memory when offline). */
    async prepare(user: Me) {
      if (userId === user.id && state.kind !== 'unknown') return;
      userId = user.id;
      me = user;
      if (!keepsCaseload(user)) {
        set({ kind: 'off' });
        return;
      }
      account.set(user);
      const described = await vault.describe(user.id);
      set(described.exists ? { kind: 'locked', pin: described.pin } : { kind: 'setup' });
    },

    /** With the password just accepted by the server, or checked against the store offline. */
    async unlockWithPassword(user: Me, password: string): Promise<boolean> {
      userId = user.id;
      me = user;
      if (!keepsCaseload(user)) {
        set({ kind: 'off' });
        return true;
      }
      account.set(user);
      const next = await vault.unlockWithPassword(user.id, password);
      if (!next) {
        const described = await vault.describe(user.id);
        set({ kind: 'locked', pin: described.pin });
        return false;
      }
      await opened(next, user);
      return true;
    },

    async unlockWithPin(pin: string): Promise<PinUnlock> {
      if (!me) return { ok: false, reason: 'no-pin' };
      const result = await vault.unlockWithPin(me.id, pin);
      if (result.ok) await opened(result.store, me);
      else if (result.reason === 'disabled') set({ kind: 'locked', pin: 'disabled' });
      return result;
    },

    async setPin(pin: string) {
      if (!store) throw new Error('The store is not open');
      await vault.setPin(store, pin);
      set({ kind: 'open' });
    },

    /** Pushes what it can; reports what would be lost by wiping the store now. */
    async prepareSignOut(): Promise<{ unsent: number }> {
      if (!store || !engine) return { unsent: 0 };
      await engine.syncNow();
      const { listProblems, outboxCounts } = await import('./outbox-problems.js');
      const counts = await outboxCounts(store);
      const rejected = (await listProblems(store)).filter((p) => p.state === 'rejected').length;
      return { unsent: counts.pending + rejected };
    },

    /** Signing out: the store leaves the device with the session. */
    async signOut() {
      const id = userId ?? account.get()?.id;
      if (id && state.kind !== 'off') await wipe(id);
      else close();
      userId = null;
      me = null;
      set({ kind: 'unknown' });
    },

    /** The server says the account is disabled: nothing of it stays on the device. */
    async disabled() {
      const id = userId ?? account.get()?.id;
      if (id) await wipe(id);
      userId = null;
      me = null;
      set({ kind: 'unknown' });
      options.onDisabled();
    },
  };
}

export type DeviceSession = ReturnType<typeof createDeviceSession>;
