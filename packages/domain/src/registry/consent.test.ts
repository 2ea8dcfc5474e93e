import { describe, expect, it } from 'vitest';
import {
  consentGiverProblem,
  consentStatus,
  personConsentStatus,
  type ConsentFacts,
} from './consent.js';

function consent(overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    givenBy: 'self',
    scopes: ['registration', 'assessment'],
    givenOn: '2026-01-10',
    expiresOn: '2029-01-10',
    withdrawnOn: null,
    ...overrides,
  };
}

const ADULT_BIRTH = '1985-07-14';
/** A girl who turns 18 on 2027-03-05. */
const MINOR_BIRTH = '2009-03-05';

describe('consentStatus', () => {
  it('a consent between its start and expiry is valid', () => {
    expect(consentStatus(consent(), ADULT_BIRTH, '2027-06-01')).toBe('valid');
  });

  it('is valid on the day it was given', () => {
    expect(consentStatus(consent(), ADULT_BIRTH, '2026-01-10')).toBe('valid');
  });

  it('is still valid on its expiry date and expired the day after', () => {
    expect(consentStatus(consent(), ADULT_BIRTH, '2029-01-10')).toBe('valid');
    expect(consentStatus(consent(), ADULT_BIRTH, '2029-01-11')).toBe('expired');
  });

  it('a consent dated in the future is not yet valid', () => {
    expect(consentStatus(consent({ givenOn: '2026-02-01' }), ADULT_BIRTH, '2026-01-31')).toBe(
      'not_yet_valid',
    );
  });

  it('a withdrawn consent stops counting on the day of withdrawal', () => {
    const withdrawn = consent({ withdrawnOn: '2027-04-01' });
    expect(consentStatus(withdrawn, ADULT_BIRTH, '2027-03-31')).toBe('valid');
    expect(consentStatus(withdrawn, ADULT_BIRTH, '2027-04-01')).toBe('withdrawn');
  });

  it('a withdrawal is reported even after the consent would have expired', () => {
    expect(consentStatus(consent({ withdrawnOn: '2027-04-01' }), ADULT_BIRTH, '2030-01-01')).toBe(
      'withdrawn',
    );
  });

  it("a representative's consent for a minor holds until the day before the 18th birthday", () => {
    const byMother = consent({ givenBy: 'representative', givenOn: '2025-09-01' });
    expect(consentStatus(byMother, MINOR_BIRTH, '2027-03-04')).toBe('valid');
  });

  it("a representative's consent for a minor ends at 18: the person must consent themselves", () => {
    const byMother = consent({ givenBy: 'representative', givenOn: '2025-09-01' });
    expect(consentStatus(byMother, MINOR_BIRTH, '2027-03-05')).toBe('needs_own_consent');
    expect(consentStatus(byMother, MINOR_BIRTH, '2028-12-31')).toBe('needs_own_consent');
  });

  it("an adult's own consent continues past any birthday", () => {
    const own = consent({ givenOn: '2027-03-05', expiresOn: '2030-03-05' });
    expect(consentStatus(own, MINOR_BIRTH, '2029-06-01')).toBe('valid');
  });

  it("a representative's consent for an adult (a guardian's) does not lapse at 18", () => {
    const byGuardian = consent({ givenBy: 'representative' });
    expect(consentStatus(byGuardian, ADULT_BIRTH, '2028-01-01')).toBe('valid');
  });

  it('someone born on 29 February may consent themselves on the day the representative may not', () => {
    // Born 2008-02-29: 18 on 2026-02-28 (a common year has no 29 February). On that day the
    // mother's consent has ended; the girl's own consent must be accepted the same day, or no
    // consent could be valid for her at all.
    const birth = '2008-02-29';
    const byMother = consent({ givenBy: 'representative', givenOn: '2025-01-15' });
    expect(consentStatus(byMother, birth, '2026-02-28')).toBe('needs_own_consent');
    expect(consentGiverProblem('self', birth, '2026-02-28')).toBeNull();
    expect(consentGiverProblem('self', birth, '2026-02-27')).toBe(
      'consent.minor_needs_representative',
    );
  });
});

describe('personConsentStatus', () => {
  it('is missing when there is no consent', () => {
    expect(personConsentStatus([], ADULT_BIRTH, '2027-01-01')).toBe('missing');
  });

  it('one valid consent is enough, whatever else is on file', () => {
    const consents = [
      consent({ givenOn: '2020-01-01', expiresOn: '2023-01-01' }),
      consent({ withdrawnOn: '2026-05-01', givenOn: '2024-01-01' }),
      consent(),
    ];
    expect(personConsentStatus(consents, ADULT_BIRTH, '2027-01-01')).toBe('valid');
  });

  it('an expired consent says more than none', () => {
    const consents = [consent({ givenOn: '2020-01-01', expiresOn: '2023-01-01' })];
    expect(personConsentStatus(consents, ADULT_BIRTH, '2027-01-01')).toBe('expired');
  });

  it('a representative consent that has run out at 18 is reported as needing own consent', () => {
    const consents = [
      consent({ givenOn: '2020-01-01', expiresOn: '2023-01-01' }),
      consent({ givenBy: 'representative', givenOn: '2025-09-01' }),
    ];
    expect(personConsentStatus(consents, MINOR_BIRTH, '2027-06-01')).toBe('needs_own_consent');
  });

  it('a withdrawal after an older expiry is reported as withdrawn', () => {
    const consents = [
      consent({ givenOn: '2020-01-01', expiresOn: '2023-01-01' }),
      consent({ givenOn: '2024-01-01', withdrawnOn: '2026-05-01' }),
    ];
    expect(personConsentStatus(consents, ADULT_BIRTH, '2027-01-01')).toBe('withdrawn');
  });

  it('a consent dated in the future is reported as not yet valid', () => {
    expect(
      personConsentStatus([consent({ givenOn: '2027-02-01' })], ADULT_BIRTH, '2027-01-01'),
    ).toBe('not_yet_valid');
  });

  it('consents to other scopes are ignored', () => {
    const photosOnly = consent({ scopes: ['photos'] });
    expect(personConsentStatus([photosOnly], ADULT_BIRTH, '2027-01-01')).toBe('missing');
    expect(personConsentStatus([photosOnly], ADULT_BIRTH, '2027-01-01', 'photos')).toBe('valid');
  });

  it('asks about registration unless told otherwise', () => {
    const registrationOnly = consent({ scopes: ['registration'] });
    expect(personConsentStatus([registrationOnly], ADULT_BIRTH, '2027-01-01')).toBe('valid');
    expect(
      personConsentStatus([registrationOnly], ADULT_BIRTH, '2027-01-01', 'sharing_with_services'),
    ).toBe('missing');
  });
});

describe('consentGiverProblem', () => {
  it('a minor cannot consent alone', () => {
    expect(consentGiverProblem('self', MINOR_BIRTH, '2027-03-04')).toBe(
      'consent.minor_needs_representative',
    );
  });

  it('a person may consent themselves from their 18th birthday', () => {
    expect(consentGiverProblem('self', MINOR_BIRTH, '2027-03-05')).toBeNull();
  });

  it('a representative may consent for a minor', () => {
    expect(consentGiverProblem('representative', MINOR_BIRTH, '2026-01-10')).toBeNull();
  });

  it('a representative may consent for an adult (a guardian)', () => {
    expect(consentGiverProblem('representative', ADULT_BIRTH, '2026-01-10')).toBeNull();
  });
});
