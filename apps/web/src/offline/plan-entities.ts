import type { Data, EntityRegistry } from './entity-registry.js';
import type { PlanEntityNames } from './plan-records.js';

/**
 * The sync entities of plans (issue 5; docs/sync-protocol.md, "Entities"): a plan, its GAS
 * reviews, the family's practice logs and visit records. Each carries its household id, so a
 * household page composes them from local records. This module is in the first screen (the
 * registry must know them before the first pull), so it is kept small; the names are checked
 * against plan-records' PLAN_ENTITY, which the offline operations use.
 */
type Name = PlanEntityNames[keyof PlanEntityNames];

const householdOf = (data: Data) =>
  typeof data.householdId === 'string' ? data.householdId : null;

/**
 * An edit folded into the unsent create (the create's person, plan or household stay, the rest is
 * the edit's). A plan is created as a draft or active: completing or cancelling it travels on its
 * own. Reviews are never edited (a mistaken one is followed by a new one).
 */
const merge = (create: Data, edit: Data): Data | null =>
  edit.status === 'completed' || edit.status === 'cancelled' ? null : { ...create, ...edit };

export function planEntities(registry: EntityRegistry): EntityRegistry {
  for (const name of ['plan', 'plan_review', 'practice_log', 'visit'] satisfies Name[])
    registry.register({ name, pulled: true, householdOf, mergeIntoCreate: merge });
  return registry;
}
