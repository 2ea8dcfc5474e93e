import { registryAccess, scopePrefixes, type Actor } from '@birge/domain';
import { sql, type RawBuilder } from 'kysely';

/**
 * The condition that limits registry queries to what the actor may see, by role and place: every
 * read of households or persons goes through it (design.md: scope checks live in the data layer).
 * `householdAlias` names the households table in the query.
 */
export function visibleHouseholds(actor: Actor, householdAlias = 'h'): RawBuilder<boolean> {
  const placeCode = sql.ref(`${householdAlias}.place_code`);
  const id = sql.ref(`${householdAlias}.id`);
  switch (registryAccess(actor.role)) {
    case 'none':
      return sql<boolean>`false`;
    case 'own-household':
      return actor.householdId ? sql<boolean>`${id} = ${actor.householdId}` : sql<boolean>`false`;
    case 'read':
    case 'write': {
      const prefixes = scopePrefixes(actor);
      if (prefixes.length === 0) return sql<boolean>`false`;
      return sql<boolean>`(${sql.join(
        prefixes.map((prefix) => sql`${placeCode} LIKE ${`${prefix}%`}`),
        sql` OR `,
      )})`;
    }
  }
}
