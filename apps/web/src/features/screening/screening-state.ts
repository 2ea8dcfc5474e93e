import {
  ASSESSMENT_STATUSES,
  isInstrumentId,
  type AssessmentStatus,
  type InstrumentId,
} from '@birge/domain';
import { isFormState } from '../assessments/draft-storage.js';
import {
  formReducer,
  startState,
  type FormAction,
  type FormEnv,
  type FormState,
} from '../assessments/form-steps.js';
import type { MemberPlan } from './screening-plan.js';

/** A member's saved screening, as the result list needs it. */
export interface ScreenedMember {
  id: string;
  status: AssessmentStatus;
  positive: boolean | null;
}

/**
 * Household screening in progress: the members to screen in order, the current member's answers,
 * and what was saved for those done. Kept in sessionStorage after every answer, like a single
 * assessment's draft; each member's assessment is saved through the repository when their
 * questions are done.
 */
export interface ScreeningDraft {
  version: 1;
  householdId: string;
  assessedOn: string;
  phase: 'screening' | 'results';
  queue: { personId: string; instrument: InstrumentId }[];
  current: number;
  form: FormState;
  /** The client id the current member's assessment is created with (a retry cannot make two). */
  newId: string;
  done: Record<string, ScreenedMember>;
  /** Members the worker passed over (away from home, not willing today): nothing saved. */
  skipped: string[];
}

/** Answer context of a queued member (their age on the screening day). */
export type EnvFor = (entry: { personId: string; instrument: InstrumentId }) => FormEnv;

const emptyForm: FormState = { answers: {}, position: { kind: 'review' }, fromReview: false };

export function startScreening(
  householdId: string,
  assessedOn: string,
  plan: readonly MemberPlan[],
  envFor: EnvFor,
  newId: string,
): ScreeningDraft {
  const queue = plan.flatMap((p) =>
    p.kind === 'screen' ? [{ personId: p.personId, instrument: p.instrument }] : [],
  );
  const first = queue[0];
  return {
    version: 1,
    householdId,
    assessedOn,
    phase: first ? 'screening' : 'results',
    queue,
    current: 0,
    form: first ? startState(envFor(first), {}, 'first') : emptyForm,
    newId,
    done: {},
    skipped: [],
  };
}

export function answerCurrent(
  draft: ScreeningDraft,
  envFor: EnvFor,
  action: FormAction,
): ScreeningDraft {
  const entry = draft.queue[draft.current];
  if (!entry || draft.phase !== 'screening') return draft;
  return { ...draft, form: formReducer(envFor(entry), draft.form, action) };
}

/** The current member's assessment is saved: on to the next member, or to the results. */
export function memberSaved(
  draft: ScreeningDraft,
  saved: ScreenedMember,
  envFor: EnvFor,
  newId: string,
): ScreeningDraft {
  const entry = draft.queue[draft.current];
  if (!entry) return draft;
  const done = { ...draft.done, [entry.personId]: saved };
  const current = draft.current + 1;
  const next = draft.queue[current];
  return next
    ? { ...draft, done, current, form: startState(envFor(next), {}, 'first'), newId }
    : { ...draft, done, current, phase: 'results', form: emptyForm, newId };
}

/** The current member is passed over without saving anything: on to the next, or the results. */
export function memberSkipped(draft: ScreeningDraft, envFor: EnvFor): ScreeningDraft {
  const entry = draft.queue[draft.current];
  if (!entry) return draft;
  const skipped = [...draft.skipped, entry.personId];
  const current = draft.current + 1;
  const next = draft.queue[current];
  return next
    ? { ...draft, skipped, current, form: startState(envFor(next), {}, 'first') }
    : { ...draft, skipped, current, phase: 'results', form: emptyForm };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isScreened(value: unknown): value is ScreenedMember {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (ASSESSMENT_STATUSES as readonly unknown[]).includes(value.status) &&
    (value.positive === null || typeof value.positive === 'boolean')
  );
}

export function isScreeningDraft(value: unknown): value is ScreeningDraft {
  return (
    isRecord(value) &&
    value.version === 1 &&
    typeof value.householdId === 'string' &&
    typeof value.assessedOn === 'string' &&
    (value.phase === 'screening' || value.phase === 'results') &&
    Array.isArray(value.queue) &&
    value.queue.every(
      (e: unknown) =>
        isRecord(e) &&
        typeof e.personId === 'string' &&
        typeof e.instrument === 'string' &&
        isInstrumentId(e.instrument),
    ) &&
    typeof value.current === 'number' &&
    isFormState(value.form) &&
    typeof value.newId === 'string' &&
    isRecord(value.done) &&
    Object.values(value.done).every(isScreened) &&
    Array.isArray(value.skipped) &&
    value.skipped.every((id: unknown) => typeof id === 'string')
  );
}
