import type { Translate } from '@birge/domain';
import type { RegistryRepository } from '../data/repository.js';
import { isRepositoryError } from '../data/repository-error.js';
import { deferred } from '../data/deferred.js';
import { PLAN_OPERATIONS } from '../data/plan-operations.js';
import { REFERRAL_OPERATIONS } from '../data/referral-operations.js';
import { EDUCATION_OPERATIONS } from '../data/education-operations.js';
import type { DeviceAccount } from './device-account.js';
import type { DeviceSession } from './device-session.js';
import type { EntityRegistry } from './entity-registry.js';
import type { createOfflineAssessments } from './offline-assessments.js';
import type { createOfflineRegistry } from './offline-repository.js';

/** The offline registry (and the domain's schemas it checks writes with) loads with the store. */
const offlineModules = async () => {
  const [registry, assessments] = await Promise.all([
    import('./offline-repository.js'),
    import('./offline-assessments.js'),
  ]);
  return {
    createOfflineRegistry: registry.createOfflineRegistry,
    createOfflineAssessments: assessments.createOfflineAssessments,
  };
};

type LocalOperations = ReturnType<typeof createOfflineRegistry> &
  ReturnType<typeof createOfflineAssessments>;

/**
 * The repository screens get (CHT's `adapt(local, remote)`): for a user whose device keeps a
 * caseload, the registry is answered from the device store once it is open, and every write goes
 * to the store and the outbox. A record that is not on the device (a supervisor's district beyond
 * their own caseload) is read — and, online, edited — through HTTP. Sessions, history and the
 * audit log stay HTTP.
 */
export function createDeviceRepository(options: {
  http: RegistryRepository;
  device: DeviceSession;
  account: DeviceAccount;
  registry: EntityRegistry;
  t: () => Translate;
}): RegistryRepository {
  const { http, device, account } = options;
  let cache: { store: object; ops: LocalOperations } | null = null;

  async function local() {
    const store = device.getStore();
    if (!store) return null;
    if (cache?.store !== store) {
      const modules = await offlineModules();
      const context = {
        store,
        registry: options.registry,
        t: ((key, values) => options.t()(key, values)) satisfies Translate,
        onWrite: () => device.getEngine()?.noteWrite(),
        remotePlaces: http.searchPlaces,
      };
      cache = {
        store,
        ops: {
          ...modules.createOfflineRegistry(context),
          ...modules.createOfflineAssessments({
            ...context,
            assessor: () => device.user()?.displayName ?? null,
          }),
        },
      };
    }
    return cache.ops;
  }

  /** Local first; a record the device does not hold is asked of the server. */
  async function either<T>(
    fromDevice: ((ops: LocalOperations) => Promise<T>) | null,
    fromServer: () => Promise<T>,
  ): Promise<T> {
    const ops = await local();
    if (!ops || !fromDevice) return fromServer();
    try {
      return await fromDevice(ops);
    } catch (error) {
      if (isRepositoryError(error) && error.code === 'not_found') return fromServer();
      throw error;
    }
  }

  const supervisorOnline = () =>
    device.user()?.role === 'supervisor' && (typeof navigator === 'undefined' || navigator.onLine);

  return {
    ...http,
    async currentUser() {
      try {
        return await http.currentUser();
      } catch (error) {
        // Offline: the user the device remembers; the store itself stays locked until the PIN.
        const remembered = account.get();
        if (isRepositoryError(error) && error.code === 'network' && remembered) return remembered;
        throw error;
      }
    },
    async signIn(credentials) {
      const me = await http.signIn(credentials);
      await device.unlockWithPassword(me, credentials.password);
      return me;
    },
    async redeemInvitation(code) {
      // A family account has no password: its store is wrapped with the account's device secret.
      const me = await http.redeemInvitation(code);
      if (me.role === 'family') await device.unlockWithPassword(me, await http.deviceKey());
      return me;
    },
    async signOut() {
      await device.signOut();
      await http.signOut();
    },

    searchPlaces: (query) =>
      either(
        (ops) => ops.searchPlaces(query),
        () => http.searchPlaces(query),
      ),
    listHouseholds: (page) =>
      either(supervisorOnline() ? null : (ops) => ops.listHouseholds(page), () =>
        http.listHouseholds(page),
      ),
    getHousehold: (id) =>
      either(
        (ops) => ops.getHousehold(id),
        () => http.getHousehold(id),
      ),
    createHousehold: (input) =>
      either(
        (ops) => ops.createHousehold(input),
        () => http.createHousehold(input),
      ),
    updateHousehold: (id, update) =>
      either(
        (ops) => ops.updateHousehold(id, update),
        () => http.updateHousehold(id, update),
      ),
    getPerson: (id) =>
      either(
        (ops) => ops.getPerson(id),
        () => http.getPerson(id),
      ),
    createPerson: (input) =>
      either(
        (ops) => ops.createPerson(input),
        () => http.createPerson(input),
      ),
    updatePerson: (id, update) =>
      either(
        (ops) => ops.updatePerson(id, update),
        () => http.updatePerson(id, update),
      ),
    addConsent: (personId, input) =>
      either(
        (ops) => ops.addConsent(personId, input),
        () => http.addConsent(personId, input),
      ),
    withdrawConsent: (consentId, withdrawal) =>
      either(
        (ops) => ops.withdrawConsent(consentId, withdrawal),
        () => http.withdrawConsent(consentId, withdrawal),
      ),
    listAssessments: (personId) =>
      either(
        (ops) => ops.listAssessments(personId),
        () => http.listAssessments(personId),
      ),
    getAssessment: (id) =>
      either(
        (ops) => ops.getAssessment(id),
        () => http.getAssessment(id),
      ),
    createAssessment: (input) =>
      either(
        (ops) => ops.createAssessment(input),
        () => http.createAssessment(input),
      ),
    updateAssessment: (id, update) =>
      either(
        (ops) => ops.updateAssessment(id, update),
        () => http.updateAssessment(id, update),
      ),
    // Plans, visits, tasks and the activity library, local first: their code loads on first use.
    ...deferred(
      async () =>
        (await import('./device-plans.js')).devicePlanOperations({
          http,
          device,
          registry: options.registry,
          t: options.t,
        }),
      PLAN_OPERATIONS,
    ),
    // Referrals: the caseload's from the device (created offline too); others and the inbox, HTTP.
    ...deferred(
      async () =>
        (await import('./device-referrals.js')).deviceReferralOperations({
          http,
          device,
          registry: options.registry,
          t: options.t,
        }),
      REFERRAL_OPERATIONS,
    ),
    // Education and livelihood: a caseload person's from the device (written offline too).
    ...deferred(
      async () =>
        (await import('./device-education.js')).deviceEducationOperations({
          http,
          device,
          registry: options.registry,
          t: options.t,
        }),
      EDUCATION_OPERATIONS,
    ),
  };
}

/** Watches answers for a disabled account, wherever they come from. */
export function watchAccountDisabled(inner: typeof fetch, onDisabled: () => void): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.status === 401)
      void response
        .clone()
        .json()
        .then((body: unknown) => {
          if (
            typeof body === 'object' &&
            body !== null &&
            'code' in body &&
            body.code === 'account_disabled'
          )
            onDisabled();
        })
        .catch(() => undefined);
    return response;
  };
}
