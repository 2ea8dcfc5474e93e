import type { Activity } from '@birge/domain';
import type { ActivityOperations } from '../data/repository.js';
import { isRepositoryError } from '../data/repository-error.js';
import { readMeta, writeMeta } from './device-db.js';
import type { DeviceStore } from './vault.js';

/**
 * The activity library on the device. Cards are public text (no personal data), so the server's
 * library is kept in clear in `meta`, refreshed at most daily when online; before the first copy
 * arrives (or when the server cannot be reached) the cards built into the domain answer, so a
 * plan can be written on the first day offline. Admin edits reach the device with the next copy.
 */
interface ActivitiesMeta {
  at: string;
  items: Activity[];
}

const KEY = 'activities';
const MAX_AGE_MS = 24 * 3600_000;

export interface OfflineActivities extends ActivityOperations {
  /** Ids of every card known here: the plan and visit rules check assignments against them. */
  activityIds: () => Promise<ReadonlySet<string>>;
}

export function createOfflineActivities(options: {
  store: DeviceStore;
  remote: () => Promise<Activity[]>;
  online?: () => boolean;
  now?: () => Date;
}): OfflineActivities {
  const { store } = options;
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine);
  const now = options.now ?? (() => new Date());
  let loading: Promise<Activity[]> | null = null;

  async function builtins() {
    return (await import('./builtin-activities.js')).builtinLibrary();
  }

  async function load(): Promise<Activity[]> {
    const cached = await readMeta<ActivitiesMeta>(store.db, KEY);
    const fresh = cached && now().getTime() - Date.parse(cached.at) < MAX_AGE_MS;
    if (!fresh && online()) {
      try {
        const items = await options.remote();
        await writeMeta(store.db, KEY, { at: now().toISOString(), items } satisfies ActivitiesMeta);
        return items;
      } catch (error) {
        // No answer, or an old server without the library: the copy we have still serves.
        if (!isRepositoryError(error)) throw error;
      }
    }
    return cached?.items ?? builtins();
  }

  function list(): Promise<Activity[]> {
    if (!loading) {
      loading = load();
      // Asked again after a minute at most, so a daily refresh happens in a long session too.
      const settled = () => setTimeout(() => (loading = null), 60_000);
      loading.then(settled, () => (loading = null));
    }
    return loading;
  }

  return {
    listActivities: list,
    activityIds: async () => new Set((await list()).map((a) => a.id)),
  };
}
