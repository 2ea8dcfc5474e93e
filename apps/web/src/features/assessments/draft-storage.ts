import { isInstrumentId, type Answer, type InstrumentId } from '@birge/domain';
import type { FormPosition, FormState } from './form-steps.js';

/**
 * Answers in progress live in sessionStorage, like the registration wizard's draft (decision
 * 0019): every tap is kept at once, with no write to the repository and no outbox entry per
 * answer, and a reload, a lost connection or an expired session costs nothing. The keys carry the
 * user's id, so a draft never opens for someone else signing in on the same tab; sign-out clears
 * them all (`clearAssessmentDrafts`). What must outlive the tab is saved through the repository
 * ("Save and finish later", a member's screening done).
 */
const PREFIX = 'birge.assessment-draft.';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export const draftKey = (userId: string, scope: string) => `${PREFIX}${userId}.${scope}`;

export function loadDraft<T>(key: string, check: (value: unknown) => value is T): T | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (check(value)) return value;
  } catch {
    // A damaged draft is dropped below.
  }
  storage()?.removeItem(key);
  return null;
}

export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch (error) {
    console.warn('The answers in progress could not be kept on this device', error);
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Every assessment and screening draft of this tab (for sign-out). */
export function clearAssessmentDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isAnswers(value: unknown): value is Record<string, Answer> {
  return (
    isRecord(value) &&
    Object.values(value).every((a) => typeof a === 'number' || typeof a === 'string')
  );
}

function isPosition(value: unknown): value is FormPosition {
  return (
    isRecord(value) &&
    (value.kind === 'review' || (value.kind === 'item' && typeof value.item === 'string'))
  );
}

export function isFormState(value: unknown): value is FormState {
  return (
    isRecord(value) &&
    isAnswers(value.answers) &&
    isPosition(value.position) &&
    typeof value.fromReview === 'boolean'
  );
}

/** Where an assessment stands in the repository once saved: later saves update it with `rev`. */
export interface SavedRef {
  id: string;
  rev: number;
}

export function isSavedRef(value: unknown): value is SavedRef {
  return isRecord(value) && typeof value.id === 'string' && typeof value.rev === 'number';
}

/** One assessment being filled in (a new one, or corrections of a saved one). */
export interface AssessmentDraft {
  version: 1;
  instrument: InstrumentId;
  form: FormState;
  note: string;
  saved: SavedRef | null;
  /** The id the first save creates the assessment with, so a retried save cannot make two. */
  newId: string;
}

export function isAssessmentDraft(value: unknown): value is AssessmentDraft {
  return (
    isRecord(value) &&
    value.version === 1 &&
    typeof value.instrument === 'string' &&
    isInstrumentId(value.instrument) &&
    isFormState(value.form) &&
    typeof value.note === 'string' &&
    (value.saved === null || isSavedRef(value.saved)) &&
    typeof value.newId === 'string'
  );
}
