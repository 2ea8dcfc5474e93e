import type { Translate } from '@birge/domain';
import type { EducationOperations } from '../data/education-operations.js';
import type { RegistryRepository } from '../data/repository.js';
import type { DeviceSession } from './device-session.js';
import { localFirst } from './local-first.js';
import type { EntityRegistry } from './entity-registry.js';

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
  const { either } = localFirst(device, (store) =>
    import('./offline-education.js').then((m) =>
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
    ),
  );

  // Only those who hold a caseload write to the device; a family's device reads its copy.
  const writer = () => ['worker', 'supervisor'].includes(device.user()?.role ?? '');

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
        writer(),
      ),
    addPmpkConclusion: (id, input) =>
      either(
        (o) => o.addPmpkConclusion(id, input),
        () => http.addPmpkConclusion(id, input),
        writer(),
      ),
    addKppkSupport: (id, input) =>
      either(
        (o) => o.addKppkSupport(id, input),
        () => http.addKppkSupport(id, input),
        writer(),
      ),
    removeEducationEntry: (id, entryId) =>
      either(
        (o) => o.removeEducationEntry(id, entryId),
        () => http.removeEducationEntry(id, entryId),
        writer(),
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
        writer(),
      ),
    removeLivelihoodEntry: (id, entryId) =>
      either(
        (o) => o.removeLivelihoodEntry(id, entryId),
        () => http.removeLivelihoodEntry(id, entryId),
        writer(),
      ),
    educationOfMembers: (householdId) =>
      either(
        (o) => o.educationOfMembers(householdId),
        () => http.educationOfMembers(householdId),
      ),
  };
}
