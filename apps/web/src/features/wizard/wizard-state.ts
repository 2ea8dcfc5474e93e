import { newConsentDraft, type ConsentDraft } from '../person-form/consent-draft.js';
import { emptyHouseholdDraft, type HouseholdDraft } from '../person-form/household-draft.js';
import type { FieldErrors } from '../person-form/issues.js';
import { emptyPersonDraft, type PersonDraft } from '../person-form/person-draft.js';

export const STEPS = ['household', 'members', 'consent', 'review'] as const;
export type StepNumber = 1 | 2 | 3 | 4;

export interface MemberEntry {
  /** Also the person's id (UUIDv7 made on the device), so a retry cannot register them twice. */
  key: string;
  person: PersonDraft;
  consent: ConsentDraft;
}

export interface WizardErrors {
  household: FieldErrors;
  /** Per member; consent fields under `consent.` as the API reports them. */
  members: Record<string, FieldErrors>;
  /** A problem that belongs to no field (network, server). */
  general: string | null;
  /** An IIN already registered to someone the user may see: offer a link. */
  existing: { key: string; personId: string } | null;
}

export interface WizardProgress {
  /** Saved household: its revision and what was sent, to send changes made afterwards. */
  household: { rev: number; sent: string } | null;
  persons: Record<string, { rev: number }>;
}

export interface WizardState {
  version: 1;
  householdId: string;
  step: StepNumber;
  household: HouseholdDraft;
  members: MemberEntry[];
  errors: WizardErrors;
  /** Grows with every failed attempt, so the error summary takes focus again. */
  attempt: number;
  progress: WizardProgress;
  /** Members the worker confirmed are not the possible duplicates the server found. */
  confirmedNotDuplicate: string[];
}

export type WizardAction =
  | { type: 'goTo'; step: StepNumber }
  | { type: 'household'; draft: HouseholdDraft }
  | { type: 'addMember'; key: string; today: string }
  | { type: 'person'; key: string; draft: PersonDraft }
  | { type: 'consent'; key: string; draft: ConsentDraft }
  | { type: 'removeMember'; key: string }
  | { type: 'invalid'; step: StepNumber; errors: WizardErrors }
  | { type: 'householdSaved'; rev: number; sent: string }
  | { type: 'personSaved'; key: string; rev: number }
  | { type: 'confirmNotDuplicate'; key: string }
  | { type: 'reset'; state: WizardState };

export const noErrors = (): WizardErrors => ({
  household: {},
  members: {},
  general: null,
  existing: null,
});

export function hasErrors(errors: WizardErrors): boolean {
  return (
    Object.keys(errors.household).length > 0 ||
    Object.values(errors.members).some((e) => Object.keys(e).length > 0) ||
    errors.general !== null
  );
}

export function newMember(key: string, today: string): MemberEntry {
  return { key, person: emptyPersonDraft(), consent: newConsentDraft(today) };
}

export function newWizardState(ids: () => string, today: string): WizardState {
  return {
    version: 1,
    householdId: ids(),
    step: 1,
    household: emptyHouseholdDraft(),
    members: [newMember(ids(), today)],
    errors: noErrors(),
    attempt: 0,
    progress: { household: null, persons: {} },
    confirmedNotDuplicate: [],
  };
}

/** Drops references to a removed member from the others (caregivers, representative). */
function forget(entry: MemberEntry, key: string): MemberEntry {
  const caregivers = entry.person.caregivers.filter((c) => c.personId !== key);
  const representative = entry.consent.representativePersonId === key;
  if (caregivers.length === entry.person.caregivers.length && !representative) return entry;
  return {
    ...entry,
    person: { ...entry.person, caregivers },
    consent: representative ? { ...entry.consent, representativePersonId: '' } : entry.consent,
  };
}

function withoutMemberErrors(errors: WizardErrors, key: string): WizardErrors {
  if (!(key in errors.members)) return errors;
  const members = { ...errors.members };
  delete members[key];
  return { ...errors, members };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'goTo':
      return { ...state, step: action.step, errors: noErrors() };
    case 'household':
      return { ...state, household: action.draft };
    case 'addMember':
      return { ...state, members: [...state.members, newMember(action.key, action.today)] };
    case 'person':
      return {
        ...state,
        members: state.members.map((m) =>
          m.key === action.key ? { ...m, person: action.draft } : m,
        ),
      };
    case 'consent':
      return {
        ...state,
        members: state.members.map((m) =>
          m.key === action.key ? { ...m, consent: action.draft } : m,
        ),
      };
    case 'removeMember':
      if (state.progress.persons[action.key]) return state;
      return {
        ...state,
        members: state.members
          .filter((m) => m.key !== action.key)
          .map((m) => forget(m, action.key)),
        errors: withoutMemberErrors(state.errors, action.key),
      };
    case 'invalid':
      return { ...state, step: action.step, errors: action.errors, attempt: state.attempt + 1 };
    case 'householdSaved':
      return {
        ...state,
        progress: { ...state.progress, household: { rev: action.rev, sent: action.sent } },
      };
    case 'personSaved':
      return {
        ...state,
        progress: {
          ...state.progress,
          persons: { ...state.progress.persons, [action.key]: { rev: action.rev } },
        },
        errors: withoutMemberErrors(state.errors, action.key),
      };
    case 'confirmNotDuplicate':
      return state.confirmedNotDuplicate.includes(action.key)
        ? state
        : { ...state, confirmedNotDuplicate: [...state.confirmedNotDuplicate, action.key] };
    case 'reset':
      return action.state;
  }
}
