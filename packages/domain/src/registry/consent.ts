import type { ConsentScope, ConsentStatus } from './consent.schema.js';
import { addYears, yearsBetween } from './fields.js';

/** Age of majority in Kazakhstan (Civil Code, art. 17): below it a legal representative consents. */
export const AGE_OF_MAJORITY = 18;

export interface ConsentFacts {
  givenBy: 'self' | 'representative';
  scopes: readonly ConsentScope[];
  givenOn: string;
  expiresOn: string;
  withdrawnOn: string | null;
}

/**
 * Status of one consent on `today` for a person born on `birthDate`. A representative's consent
 * for a minor ends when the person comes of age: from then on only their own consent counts.
 */
export function consentStatus(
  consent: ConsentFacts,
  birthDate: string,
  today: string,
): ConsentStatus {
  if (consent.withdrawnOn && consent.withdrawnOn <= today) return 'withdrawn';
  if (consent.givenOn > today) return 'not_yet_valid';
  if (consent.expiresOn < today) return 'expired';
  const minorWhenGiven = yearsBetween(birthDate, consent.givenOn) < AGE_OF_MAJORITY;
  if (
    consent.givenBy === 'representative' &&
    minorWhenGiven &&
    today >= addYears(birthDate, AGE_OF_MAJORITY)
  )
    return 'needs_own_consent';
  return 'valid';
}

/**
 * The person's standing for `scope`: valid if any consent covering it is valid; otherwise the
 * status of the most recently given one, which is what the worker needs to act on (a withdrawal
 * after an old expiry says "withdrawn", not "expired").
 */
export function personConsentStatus(
  consents: readonly ConsentFacts[],
  birthDate: string,
  today: string,
  scope: ConsentScope = 'registration',
): ConsentStatus {
  let latest: ConsentFacts | null = null;
  for (const c of consents) {
    if (!c.scopes.includes(scope)) continue;
    if (consentStatus(c, birthDate, today) === 'valid') return 'valid';
    if (!latest || c.givenOn > latest.givenOn) latest = c;
  }
  return latest ? consentStatus(latest, birthDate, today) : 'missing';
}

/** Problems with who gives consent, given the person's age on the day it is given. */
export function consentGiverProblem(
  givenBy: 'self' | 'representative',
  birthDate: string,
  givenOn: string,
): 'consent.minor_needs_representative' | null {
  if (givenBy === 'self' && yearsBetween(birthDate, givenOn) < AGE_OF_MAJORITY)
    return 'consent.minor_needs_representative';
  return null;
}
