import {
  addYears,
  consentGiverProblem,
  consentInputSchema,
  type CONSENT_METHODS,
  type ConsentInput,
  type ConsentScope,
  type REPRESENTATIVE_RELATIONS,
} from '@birge/domain';
import { issueToFieldCode, type FieldCode } from './issues.js';
import { isMinor, type Checked } from './person-draft.js';

export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export type RepresentativeRelation = (typeof REPRESENTATIVE_RELATIONS)[number];
export type ConsentGiver = 'self' | 'representative';

/** How long a consent runs unless the worker says otherwise. */
export const DEFAULT_CONSENT_YEARS = 3;

export interface ConsentDraft {
  /** Record consent now, or keep only the minimal record. */
  decision: 'consent' | 'skip';
  /** '' = not chosen yet: the person themselves for adults, a representative for children. */
  givenBy: ConsentGiver | '';
  representativeSource: 'member' | 'other';
  representativePersonId: string;
  representativeName: string;
  representativeRelation: RepresentativeRelation | '';
  scopes: ConsentScope[];
  method: ConsentMethod | '';
  givenOn: string;
  expiresOn: string;
  /** Once the worker types an expiry date, a new "given on" no longer moves it. */
  expiresOnEdited: boolean;
  documentRef: string;
}

export function newConsentDraft(today: string): ConsentDraft {
  return {
    decision: 'consent',
    givenBy: '',
    representativeSource: 'member',
    representativePersonId: '',
    representativeName: '',
    representativeRelation: '',
    scopes: ['registration'],
    method: '',
    givenOn: today,
    expiresOn: addYears(today, DEFAULT_CONSENT_YEARS),
    expiresOnEdited: false,
    documentRef: '',
  };
}

/** A change of "given on" moves the proposed expiry with it (given on + 3 years). */
export function withGivenOn(draft: ConsentDraft, givenOn: string): ConsentDraft {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(givenOn);
  return {
    ...draft,
    givenOn,
    expiresOn:
      !draft.expiresOnEdited && valid ? addYears(givenOn, DEFAULT_CONSENT_YEARS) : draft.expiresOn,
  };
}

export function effectiveGiver(
  draft: ConsentDraft,
  birthDate: string,
  today: string,
): ConsentGiver {
  if (draft.givenBy) return draft.givenBy;
  return isMinor(birthDate, today) ? 'representative' : 'self';
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());

/** Where the representative comes from: a member only when there is an adult member to choose. */
export function representativeSource(
  draft: ConsentDraft,
  membersAvailable: boolean,
): 'member' | 'other' {
  return membersAvailable ? draft.representativeSource : 'other';
}

export function rawConsent(draft: ConsentDraft, giver: ConsentGiver, membersAvailable = true) {
  const representative = giver === 'representative';
  const fromMember = representative && representativeSource(draft, membersAvailable) === 'member';
  return {
    givenBy: giver,
    representativePersonId: fromMember ? draft.representativePersonId || null : null,
    representativeName: representative && !fromMember ? text(draft.representativeName) : null,
    representativeRelation: representative ? draft.representativeRelation || null : null,
    scopes: draft.scopes,
    method: draft.method || undefined,
    givenOn: text(draft.givenOn) ?? undefined,
    expiresOn: text(draft.expiresOn) ?? undefined,
    documentRef: text(draft.documentRef),
  };
}

/**
 * Checks a consent with the domain schema and rules: a minor's consent comes from a legal
 * representative; it cannot be given in the future; a representative must be named.
 * Paths are relative to the consent (`givenOn`), as in the consent form.
 */
export function checkConsent(
  draft: ConsentDraft,
  options: {
    birthDate: string;
    today: string;
    /** Ids of the members who may represent the person; none means the name is typed. */
    representativeIds?: readonly string[];
  },
): Checked<ConsentInput> {
  const giver = effectiveGiver(draft, options.birthDate, options.today);
  const ids = options.representativeIds ?? [];
  const membersAvailable = ids.length > 0;
  const fromMember =
    giver === 'representative' && representativeSource(draft, membersAvailable) === 'member';
  // A member chosen earlier and since removed from the household no longer counts.
  const current =
    fromMember && !ids.includes(draft.representativePersonId)
      ? { ...draft, representativePersonId: '' }
      : draft;
  const parsed = consentInputSchema.safeParse(rawConsent(current, giver, membersAvailable));
  const codes: FieldCode[] = parsed.success ? [] : parsed.error.issues.map(issueToFieldCode);
  // The schema reports a missing representative on the name; point at the control in use.
  for (const code of codes)
    if (code.path === 'representativeName' && fromMember) code.path = 'representativePersonId';
  if (draft.givenOn && draft.givenOn > options.today)
    codes.push({ path: 'givenOn', key: 'consent.given_in_future' });
  if (options.birthDate && draft.givenOn) {
    const problem = consentGiverProblem(giver, options.birthDate, draft.givenOn);
    if (problem) codes.push({ path: 'givenBy', key: problem });
  }
  if (codes.length || !parsed.success) return { ok: false, codes };
  return { ok: true, value: parsed.data, codes: [] };
}
