import { EntityRegistry, type Data } from './entity-registry.js';
import { planEntities } from './plan-entities.js';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The registry's synced entities (docs/sync-protocol.md, "Entities"), plans' included. */
export function registryEntities(registry = new EntityRegistry()): EntityRegistry {
  planEntities(registry);
  return (
    registry
      .register({
        name: 'household',
        pulled: true,
        householdOf: (data) => str(data.id),
        mergeIntoCreate: (create, edit) => ({ ...create, ...edit }),
      })
      .register({
        name: 'person',
        pulled: true,
        householdOf: (data) => str(data.householdId),
        refsOf: (data) =>
          Array.isArray(data.consents)
            ? data.consents.flatMap((c: unknown) => {
                const id = typeof c === 'object' && c !== null ? str((c as Data).id) : null;
                return id ? [id] : [];
              })
            : [],
        // The create carries the household and the first consent; the edit, the latest fields.
        mergeIntoCreate: (create, edit) => ({
          ...edit,
          householdId: create.householdId,
          ...(create.consent ? { consent: create.consent } : {}),
          confirmNotDuplicate:
            edit.confirmNotDuplicate === true || create.confirmNotDuplicate === true,
        }),
      })
      .register({
        name: 'assessment',
        pulled: true,
        householdOf: (data) => str(data.householdId),
        // The create carries the person and the instrument; an edit, the latest answers.
        mergeIntoCreate: (create, edit) => ({ ...create, ...edit }),
      })
      .register({
        name: 'consent',
        // Consents reach devices inside their person.
        pulled: false,
        householdOf: () => null,
        // Consents are not versioned on the server; a withdrawal needs a non-null baseRev.
        baseRev: () => 1,
        // A withdrawal never folds into the consent's create: both are kept on the server.
        mergeIntoCreate: () => null,
      })
      // Referrals (docs/decisions/0029): created on the device, never updated; each step of the
      // loop a family reported travels as its own `referral_status` create.
      .register({
        name: 'referral',
        pulled: true,
        householdOf: (data) => str(data.householdId),
        mergeIntoCreate: () => null,
      })
      .register({
        name: 'referral_status',
        pulled: false,
        householdOf: () => null,
        mergeIntoCreate: () => null,
      })
      // Education and livelihood entries (docs/decisions/0027): created on the device, never
      // edited; a mistaken one is removed with a tombstone.
      .register({
        name: 'education_record',
        pulled: true,
        householdOf: (data) => str(data.householdId),
        mergeIntoCreate: () => null,
      })
      .register({
        name: 'livelihood_record',
        pulled: true,
        householdOf: (data) => str(data.householdId),
        mergeIntoCreate: () => null,
      })
  );
}
