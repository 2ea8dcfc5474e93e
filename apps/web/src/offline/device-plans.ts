import type { Translate } from '@birge/domain';
import type { PlanRepository } from '../data/plan-operations.js';
import type { RegistryRepository } from '../data/repository.js';
import type { DeviceSession } from './device-session.js';
import { localFirst } from './local-first.js';
import type { EntityRegistry } from './entity-registry.js';

/**
 * Plans, reviews, practice, visits, the activity library and tasks for a user whose device keeps
 * a caseload (decision 0023): answered from the device store once it is open, local first as the
 * registry is (`device-repository.ts`); a record the device does not hold is asked of the server.
 * Plan history stays with the server, which alone keeps every revision. This module and the
 * offline operations (with the domain's plan and task rules) load with the first plan asked for.
 */
export function devicePlanOperations(options: {
  http: RegistryRepository;
  device: DeviceSession;
  registry: EntityRegistry;
  t: () => Translate;
}): PlanRepository {
  const { http, device } = options;
  const { either } = localFirst(device, (store) =>
    import('./offline-plan-modules.js').then((m) =>
      m.createPlanOperations({
        store,
        registry: options.registry,
        t: ((key, values) => options.t()(key, values)) satisfies Translate,
        onWrite: () => device.getEngine()?.noteWrite(),
        remotePlaces: http.searchPlaces,
        author: () => device.user()?.displayName ?? null,
        role: () => device.user()?.role ?? null,
        remoteActivities: http.listActivities,
      }),
    ),
  );

  return {
    listPlans: (personId) =>
      either(
        (o) => o.listPlans(personId),
        () => http.listPlans(personId),
      ),
    getPlan: (id) =>
      either(
        (o) => o.getPlan(id),
        () => http.getPlan(id),
      ),
    createPlan: (input) =>
      either(
        (o) => o.createPlan(input),
        () => http.createPlan(input),
      ),
    updatePlan: (id, update) =>
      either(
        (o) => o.updatePlan(id, update),
        () => http.updatePlan(id, update),
      ),
    changePlanStatus: (id, change) =>
      either(
        (o) => o.changePlanStatus(id, change),
        () => http.changePlanStatus(id, change),
      ),
    planHistory: (id) => http.planHistory(id),
    listReviews: (planId) =>
      either(
        (o) => o.listReviews(planId),
        () => http.listReviews(planId),
      ),
    createReview: (input) =>
      either(
        (o) => o.createReview(input),
        () => http.createReview(input),
      ),
    listPractice: (planId) =>
      either(
        (o) => o.listPractice(planId),
        () => http.listPractice(planId),
      ),
    logPractice: (input) =>
      either(
        (o) => o.logPractice(input),
        () => http.logPractice(input),
      ),
    updatePractice: (id, update) =>
      either(
        (o) => o.updatePractice(id, update),
        () => http.updatePractice(id, update),
      ),
    listVisits: (query) =>
      either(
        (o) => o.listVisits(query),
        () => http.listVisits(query),
      ),
    getVisit: (id) =>
      either(
        (o) => o.getVisit(id),
        () => http.getVisit(id),
      ),
    createVisit: (input) =>
      either(
        (o) => o.createVisit(input),
        () => http.createVisit(input),
      ),
    updateVisit: (id, update) =>
      either(
        (o) => o.updateVisit(id, update),
        () => http.updateVisit(id, update),
      ),
    listActivities: () =>
      either(
        (o) => o.listActivities(),
        () => http.listActivities(),
      ),
    listTasks: (query) =>
      either(
        (o) => o.listTasks(query),
        () => http.listTasks(query),
      ),
  };
}
