import type { PersonInput, Translate } from '@birge/domain';
import type { RegistryRepository } from '../../data/repository.js';
import {
  duplicateCandidates,
  existingRecord,
  isRepositoryError,
  type DuplicateCandidate,
} from '../../data/repository-error.js';
import { checkConsent } from '../person-form/consent-draft.js';
import { checkHousehold } from '../person-form/household-draft.js';
import { serverFieldErrors } from '../person-form/issues.js';
import { checkPerson, type PersonFields } from '../person-form/person-draft.js';
import { planSubmission } from './submit-plan.js';
import { adultMembers, stepOfErrors, validateUpTo } from './validate-wizard.js';
import {
  hasErrors,
  noErrors,
  type MemberEntry,
  type StepNumber,
  type WizardAction,
  type WizardErrors,
  type WizardState,
} from './wizard-state.js';

export type SubmitOutcome =
  | { kind: 'done'; householdId: string; members: number }
  | { kind: 'invalid'; step: StepNumber; errors: WizardErrors }
  | { kind: 'duplicate'; key: string; candidates: DuplicateCandidate[] };

export interface SubmitContext {
  repository: Pick<
    RegistryRepository,
    'createHousehold' | 'updateHousehold' | 'createPerson' | 'updatePerson'
  >;
  t: Translate;
  today: string;
  /** Progress is reported as it happens, so a retry continues where this attempt stopped. */
  onProgress: (action: WizardAction) => void;
}

interface Prepared {
  entry: MemberEntry;
  fields: PersonFields;
  input: PersonInput;
}

function prepare(state: WizardState, ctx: SubmitContext): Prepared[] {
  return state.members.map((entry) => {
    const consented = entry.consent.decision !== 'skip';
    const person = checkPerson(entry.person, { consented, today: ctx.today });
    if (!person.ok) throw new Error('prepare() runs after validation');
    const consent = consented
      ? checkConsent(entry.consent, {
          birthDate: entry.person.birthDate,
          today: ctx.today,
          representativeIds: adultMembers(state.members, entry.key, ctx.t, ctx.today).map(
            (o) => o.value,
          ),
        })
      : null;
    if (consent && !consent.ok) throw new Error('prepare() runs after validation');
    return {
      entry,
      fields: person.value,
      input: {
        id: entry.key,
        householdId: state.householdId,
        ...person.value,
        ...(consent?.ok ? { consent: consent.value } : {}),
        confirmNotDuplicate: state.confirmedNotDuplicate.includes(entry.key),
      },
    };
  });
}

/** A refused person: field errors go back to the member (and to the step they were typed on). */
function personRefused(error: unknown, key: string): SubmitOutcome | null {
  if (!isRepositoryError(error)) return null;
  if (error.code === 'possible_duplicate')
    return { kind: 'duplicate', key, candidates: duplicateCandidates(error) };
  const errors = noErrors();
  if (error.code === 'duplicate_iin' || error.code === 'duplicate_iin_elsewhere') {
    errors.members[key] = { iin: error.title };
    const existing = existingRecord(error);
    if (existing) errors.existing = { key, personId: existing.personId };
    return { kind: 'invalid', step: 2, errors };
  }
  if (error.code === 'validation_failed' && error.fieldErrors.length) {
    const own = error.fieldErrors.filter((e) => e.path !== 'householdId' && e.path !== 'id');
    errors.members[key] = serverFieldErrors(own);
    if (own.length < error.fieldErrors.length || own.length === 0) errors.general = error.title;
    return { kind: 'invalid', step: stepOfErrors(errors) ?? 4, errors };
  }
  return null;
}

/**
 * Registers the household, then its members in an order where caregivers and representatives
 * exist before the people who name them, each with their consent. Expected refusals come back as
 * an outcome; anything else (network, server) is thrown and nothing typed is lost.
 */
export async function submitRegistration(
  state: WizardState,
  ctx: SubmitContext,
): Promise<SubmitOutcome> {
  const { repository, t, today, onProgress } = ctx;
  const local = validateUpTo(state, 3, t, today);
  if (hasErrors(local)) return { kind: 'invalid', step: stepOfErrors(local) ?? 1, errors: local };

  const prepared = prepare(state, ctx);
  const plan = planSubmission(
    prepared.map(({ entry, input }) => ({
      key: entry.key,
      caregiverKeys: input.caregivers.map((c) => c.personId),
      representativeKey: input.consent?.representativePersonId ?? null,
    })),
  );
  if (!plan.ok) {
    const errors = noErrors();
    for (const key of plan.cycle)
      errors.members[key] = { 'consent.representativePersonId': t('wizard.representativeCycle') };
    return { kind: 'invalid', step: 3, errors };
  }

  // 1. The household (or the changes made to it since it was saved).
  const household = checkHousehold(state.household);
  if (!household.ok) throw new Error('validated above');
  const sent = JSON.stringify(household.value);
  try {
    if (!state.progress.household) {
      const saved = await repository.createHousehold({ id: state.householdId, ...household.value });
      onProgress({ type: 'householdSaved', rev: saved.rev, sent });
    } else if (state.progress.household.sent !== sent) {
      const saved = await repository.updateHousehold(state.householdId, {
        ...household.value,
        rev: state.progress.household.rev,
      });
      onProgress({ type: 'householdSaved', rev: saved.rev, sent });
    }
  } catch (error) {
    if (isRepositoryError(error) && error.code === 'validation_failed') {
      const errors = noErrors();
      errors.household = serverFieldErrors(error.fieldErrors);
      if (!error.fieldErrors.length) errors.general = error.title;
      return { kind: 'invalid', step: 1, errors };
    }
    throw error;
  }

  // 2. The members, each with their consent.
  const byKey = new Map(prepared.map((p) => [p.entry.key, p]));
  const revs = new Map(Object.entries(state.progress.persons).map(([k, v]) => [k, v.rev]));
  const deferred = new Set(plan.deferCaregivers);
  for (const key of plan.order) {
    const item = byKey.get(key);
    if (!item || revs.has(key)) continue;
    const input = deferred.has(key) ? { ...item.input, caregivers: [] } : item.input;
    try {
      const person = await repository.createPerson(input);
      revs.set(key, person.rev);
      onProgress({ type: 'personSaved', key, rev: person.rev });
    } catch (error) {
      const outcome = personRefused(error, key);
      if (outcome) return outcome;
      throw error;
    }
  }

  // 3. Caregivers that had to wait until everyone existed.
  for (const key of plan.deferCaregivers) {
    const item = byKey.get(key);
    const rev = revs.get(key);
    if (!item || rev === undefined || item.fields.caregivers.length === 0) continue;
    try {
      const person = await repository.updatePerson(key, {
        ...item.fields,
        rev,
        confirmNotDuplicate: true,
      });
      onProgress({ type: 'personSaved', key, rev: person.rev });
    } catch (error) {
      const outcome = personRefused(error, key);
      if (outcome) return outcome;
      throw error;
    }
  }

  return { kind: 'done', householdId: state.householdId, members: prepared.length };
}
