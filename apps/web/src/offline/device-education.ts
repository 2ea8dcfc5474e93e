import type { Translate } from '@birge/domain';
import type { EducationOperations } from '../data/education-operations.js';
import type { RegistryRepository } from '../data/repository.js';
import { isRepositoryError } from '../data/repository-error.js';
import type { DeviceSession } from './device-session.js';
import type { EntityRegistry } from './entity-registry.js';
import type { OfflineEducation } from './offline-education.js';

/**
 * Education and livelihood for a user whose device keeps a caseload (docs/decisions/0027): a
 * person of the caseload is answered from the device store and new entries and removals go to
 * its outbox, offline too; a person the device does not hold (a supervisor's district beyond
 * their caseload) is asked of the server.
 */
export function deviceEducationOperations(options: {
  http: RegistryRepository;
  device: DeviceSession;
  registry: EntityRegistry;
  t: () => Translate;
}): EducationOperations {
  const { http, device } = options;
  let cache: { store: object; ops: Promise<OfflineEducation> } | null = null;

  function local(): Promise<OfflineEducation> | null {
    const store = device.getStore();
    if (!store) return null;
    if (cache?.store !== store) {
      const ops = import('./offline-education.js').then((m) =>
        m.createOfflineEducation({
          store,
          registry: options.registry,
          t: ((key, values) => options.t()(key, values)) satisfies Translate,
          onWrite: () => device.getEngine()?.noteWrite(),
          remotePlaces: http.searchPlaces,
          author: () => device.user()?.displayName ?? null,
          role: () => device.user()?.role ?? null,
          activityIds: () => Promise.resolve(null),
        }),
      );
      const entry = { store, ops };
      cache = entry;
      ops.catch(() => {
        if (cache === entry) cache = null;
      });
    }
    return cache.ops;
  }

  // Only those who hold a caseload write to the device; a family's device reads its copy.
  const writer = () => ['worker', 'supervisor'].includes(device.user()?.role ?? '');

  async function either<T>(
    fromDevice: (ops: OfflineEducation) => Promise<T>,
    fromServer: () => Promise<T>,
    write = false,
  ): Promise<T> {
    const loading = write && !writer() ? null : local();
    if (!loading) return fromServer();
    const ops = await loading;
    try {
      return await fromDevice(ops);
    } catch (error) {
      if (isRepositoryError(error) && error.code === 'not_found') return fromServer();
      throw error;
    }
  }

  return {
    getEducation: (id) =>
      either(
        (o) => o.getEducation(id),
        () => http.getEducation(id),
      ),
    addEducationStatus: (id, input) =>
      either(
        (o) => o.addEducationStatus(id, input),
        () => http.addEducationStatus(id, input),
        true,
      ),
    addPmpkConclusion: (id, input) =>
      either(
        (o) => o.addPmpkConclusion(id, input),
        () => http.addPmpkConclusion(id, input),
        true,
      ),
    addKppkSupport: (id, input) =>
      either(
        (o) => o.addKppkSupport(id, input),
        () => http.addKppkSupport(id, input),
        true,
      ),
    removeEducationEntry: (id, entryId) =>
      either(
        (o) => o.removeEducationEntry(id, entryId),
        () => http.removeEducationEntry(id, entryId),
        true,
      ),
    getLivelihood: (id) =>
      either(
        (o) => o.getLivelihood(id),
        () => http.getLivelihood(id),
      ),
    addLivelihood: (id, input) =>
      either(
        (o) => o.addLivelihood(id, input),
        () => http.addLivelihood(id, input),
        true,
      ),
    removeLivelihoodEntry: (id, entryId) =>
      either(
        (o) => o.removeLivelihoodEntry(id, entryId),
        () => http.removeLivelihoodEntry(id, entryId),
        true,
      ),
    educationOfMembers: (householdId) =>
      either(
        (o) => o.educationOfMembers(householdId),
        () => http.educationOfMembers(householdId),
      ),
  };
}
