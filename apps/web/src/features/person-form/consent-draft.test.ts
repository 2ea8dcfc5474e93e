import { describe, expect, it } from 'vitest';
import { checkConsent, effectiveGiver, newConsentDraft, withGivenOn } from './consent-draft.js';

const TODAY = '2026-11-25';
const MOTHER = '01a21223-332a-75ba-a34e-3781ce1cd457';

describe('consent drafts', () => {
  it('propose today and three years', () => {
    expect(newConsentDraft(TODAY)).toMatchObject({
      givenOn: TODAY,
      expiresOn: '2029-11-25',
      scopes: ['registration'],
    });
  });

  it('move the proposed expiry with the date given, until the worker sets it', () => {
    const moved = withGivenOn(newConsentDraft(TODAY), '2026-01-10');
    expect(moved.expiresOn).toBe('2029-01-10');
    const edited = { ...moved, expiresOn: '2027-01-10', expiresOnEdited: true };
    expect(withGivenOn(edited, '2026-02-01').expiresOn).toBe('2027-01-10');
  });

  it('default to the person for adults and a representative for children', () => {
    expect(effectiveGiver(newConsentDraft(TODAY), '1990-04-12', TODAY)).toBe('self');
    expect(effectiveGiver(newConsentDraft(TODAY), '2020-06-01', TODAY)).toBe('representative');
  });
});

describe('checkConsent', () => {
  const child = { birthDate: '2020-06-01', today: TODAY, representativeIds: [MOTHER] };

  it('accepts a mother’s consent for her child', () => {
    const checked = checkConsent(
      {
        ...newConsentDraft(TODAY),
        representativePersonId: MOTHER,
        representativeRelation: 'mother',
        method: 'signed_paper',
      },
      child,
    );
    expect(checked.ok && checked.value).toMatchObject({
      givenBy: 'representative',
      representativePersonId: MOTHER,
      representativeName: null,
    });
  });

  it('points a missing representative at the control in use', () => {
    const checked = checkConsent({ ...newConsentDraft(TODAY), method: 'signed_paper' }, child);
    expect(checked.codes.map((c) => c.path)).toEqual(
      expect.arrayContaining(['representativePersonId', 'representativeRelation']),
    );
  });

  it('forgets a representative who is no longer a member', () => {
    const checked = checkConsent(
      {
        ...newConsentDraft(TODAY),
        representativePersonId: MOTHER,
        representativeRelation: 'mother',
        method: 'signed_paper',
      },
      { ...child, representativeIds: ['01a21223-0000-7000-8000-000000000001'] },
    );
    expect(checked.codes.map((c) => c.path)).toContain('representativePersonId');
  });

  it('takes a typed name when no adult member can represent', () => {
    const checked = checkConsent(
      {
        ...newConsentDraft(TODAY),
        representativeName: 'Гүлнар Ахметова',
        representativeRelation: 'guardian',
        method: 'verbal_witnessed',
      },
      { ...child, representativeIds: [] },
    );
    expect(checked.ok && checked.value.representativeName).toBe('Гүлнар Ахметова');
  });

  it('refuses a child’s own consent, a future date and a missing registration scope', () => {
    const checked = checkConsent(
      {
        ...newConsentDraft(TODAY),
        givenBy: 'self',
        scopes: ['photos'],
        method: 'electronic',
        givenOn: '2027-01-01',
        expiresOn: '2030-01-01',
      },
      child,
    );
    expect(checked.codes).toEqual(
      expect.arrayContaining([
        { path: 'scopes', key: 'consent.registration_required' },
        { path: 'givenOn', key: 'consent.given_in_future' },
        { path: 'givenBy', key: 'consent.minor_needs_representative' },
      ]),
    );
  });
});
