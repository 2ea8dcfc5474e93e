import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/**
 * Which activity cards exist, for plans and visits that name them. The activity library
 * (modules/activities) provides the real lookup; until it is wired in services.ts every
 * well-formed id is accepted (the schema checks the form).
 */
export interface ActivityLookup {
  /** Those of `ids` the library holds. */
  known(db: Kysely<DB>, ids: readonly string[]): Promise<Set<string>>;
}

export const wellFormedActivities: ActivityLookup = {
  known: (_db, ids) => Promise.resolve(new Set(ids)),
};
