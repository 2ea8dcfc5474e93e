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

const STATUS_RANK: Record<ConsentStatus, number> = {
  valid: 0,
  needs_own_consent: 1,
  expired: 2,
  not_yet_valid: 3,
  withdrawn: 4,
  missing: 5,
};

/**
 * The person's standing for `scope`: valid if any consent covering it is valid, otherwise the most
 * telling reason ("expired" says more than "missing").
 */
export function personConsentStatus(
  consents: readonly ConsentFacts[],
  birthDate: string,
  today: string,
  scope: ConsentScope = 'registration',
): ConsentStatus {
  let best: ConsentStatus = 'missing';
  for (const c of consents) {
    if (!c.scopes.includes(scope)) continue;
    const status = consentStatus(c, birthDate, today);
    if (STATUS_RANK[status] < STATUS_RANK[best]) best = status;
  }
  return best;
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
