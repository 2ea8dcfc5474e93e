import type { Organization, Translate } from '@birge/domain';
import type { ReferralOperations } from '../data/referral-operations.js';
import type { RegistryRepository } from '../data/repository.js';
import { isRepositoryError } from '../data/repository-error.js';
import type { DeviceSession } from './device-session.js';
import { localFirst } from './local-first.js';
import type { EntityRegistry } from './entity-registry.js';

/**
 * Referrals for a user whose device keeps a caseload (docs/decisions/0029): a person's referrals
 * and a referral of the caseload are read from the device store, new ones and the steps a family
 * reported are written there and pushed on sync; the inbox, other people's referrals and the
 * directory search go to the server. Organizations found online are remembered for the session,
 * so a referral can be written after the connection drops.
 */
export function deviceReferralOperations(options: {
  http: RegistryRepository;
  device: DeviceSession;
  registry: EntityRegistry;
  t: () => Translate;
}): ReferralOperations {
  const { http, device } = options;
  const seen = new Map<string, Organization>();
  const { either } = localFirst(device, (store) =>
    import('./offline-referrals.js').then((m) =>
      m.createOfflineReferrals({
        store,
        registry: options.registry,
        t: ((key, values) => options.t()(key, values)) satisfies Translate,
        onWrite: () => device.getEngine()?.noteWrite(),
        remotePlaces: http.searchPlaces,
        author: () => device.user()?.displayName ?? null,
        role: () => device.user()?.role ?? null,
        activityIds: () => Promise.resolve(null),
        organization: (id) => seen.get(id) ?? null,
      }),
    ),
  );

  return {
    listReferrals: (query) =>
      either(
        (o) => o.listReferrals(query),
        () => http.listReferrals(query),
      ),
    getReferral: (id) =>
      either(
        (o) => o.getReferral(id),
        () => http.getReferral(id),
      ),
    createReferral: (input) =>
      either(
        (o) => o.createReferral(input),
        () => http.createReferral(input),
      ),
    changeReferralStatus: (id, change) =>
      either(
        (o) => o.changeReferralStatus(id, change),
        () => http.changeReferralStatus(id, change),
      ),
    async searchOrganizations(query) {
      try {
        const found = await http.searchOrganizations(query);
        for (const organization of found) seen.set(organization.id, organization);
        return found;
      } catch (error) {
        if (!isRepositoryError(error) || error.code !== 'network' || seen.size === 0) throw error;
        const text = query.q?.trim().toLocaleLowerCase() ?? '';
        return [...seen.values()].filter(
          (o) =>
            (!text || `${o.name} ${o.address}`.toLocaleLowerCase().includes(text)) &&
            (!query.type || o.type === query.type) &&
            (!query.sector || o.sector === query.sector),
        );
      }
    },
  };
}
