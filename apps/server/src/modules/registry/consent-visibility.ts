import { personConsentStatus, type ConsentFacts, type ConsentStatus } from '@birge/domain';
import { sql, type RawBuilder } from 'kysely';

/**
 * What of a person may be shown depends on their consent today. Queries that name people (lists,
 * caregivers, duplicate candidates, search text) fetch the person's consents with them and show a
 * family name only under valid consent (docs/decisions/0005).
 */
export interface RawConsent {
  given_by: string;
  scopes: string[];
  given_on: string;
  expires_on: string;
  withdrawn_on: string | null;
}

/** The person's consents as a JSON array, for a select list (`person` is the persons alias). */
export function consentsJson(person = 'p'): RawBuilder<RawConsent[]> {
  return sql<RawConsent[]>`coalesce((
    SELECT json_agg(json_build_object('given_by', c.given_by, 'scopes', c.scopes, 'given_on', c.given_on,
      'expires_on', c.expires_on, 'withdrawn_on', c.withdrawn_on))
    FROM consents c WHERE c.person_id = ${sql.ref(`${person}.id`)}), '[]'::json)`;
}

export function statusOf(consents: RawConsent[], birthDate: string, today: string): ConsentStatus {
  return personConsentStatus(
    consents.map((c): ConsentFacts => ({
      givenBy: c.given_by as ConsentFacts['givenBy'],
      scopes: c.scopes as ConsentFacts['scopes'],
      givenOn: c.given_on,
      expiresOn: c.expires_on,
      withdrawnOn: c.withdrawn_on,
    })),
    birthDate,
    today,
  );
}

/** The family name when consent allows showing it, else null. */
export function shownFamilyName(
  person: { family_name: string | null; birth_date: string; consents: RawConsent[] },
  today: string,
): string | null {
  return statusOf(person.consents, person.birth_date, today) === 'valid'
    ? person.family_name
    : null;
}
