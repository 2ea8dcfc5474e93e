import { isRepositoryError } from '../data/repository-error.js';
import type { DeviceSession } from './device-session.js';

type Store = NonNullable<ReturnType<DeviceSession['getStore']>>;

/**
 * Local first, for the device's own copy of one kind of record (plans, referrals, education):
 * the operations over the open store load once per store (a new sign-in opens a new one, and a
 * failed load is tried again next time); `either` answers from the device, and asks the server
 * when no store is open or the device does not hold the record (`not_found`).
 */
export function localFirst<Ops>(device: DeviceSession, load: (store: Store) => Promise<Ops>) {
  let cache: { store: Store; ops: Promise<Ops> } | null = null;

  function local(): Promise<Ops> | null {
    const store = device.getStore();
    if (!store) return null;
    if (cache?.store !== store) {
      const entry = { store, ops: load(store) };
      cache = entry;
      entry.ops.catch(() => {
        if (cache === entry) cache = null;
      });
    }
    return cache.ops;
  }

  async function either<T>(
    fromDevice: (ops: Ops) => Promise<T>,
    fromServer: () => Promise<T>,
    useDevice = true,
  ): Promise<T> {
    const loading = useDevice ? local() : null;
    if (!loading) return fromServer();
    const ops = await loading;
    try {
      return await fromDevice(ops);
    } catch (error) {
      if (isRepositoryError(error) && error.code === 'not_found') return fromServer();
      throw error;
    }
  }

  return { local, either };
}
