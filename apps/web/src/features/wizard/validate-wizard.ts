import { AGE_OF_MAJORITY, type Translate } from '@birge/domain';
import type { Option } from '../../components/choice-fields.component.js';
import { fullName } from '../../i18n/format.js';
import { checkConsent } from '../person-form/consent-draft.js';
import { checkHousehold } from '../person-form/household-draft.js';
import { toFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { ageOn, checkPerson } from '../person-form/person-draft.js';
import {
  noErrors,
  type MemberEntry,
  type StepNumber,
  type WizardErrors,
  type WizardState,
} from './wizard-state.js';

export function memberLabel(entry: MemberEntry, index: number, t: Translate): string {
  return fullName(entry.person) || t('wizard.memberN', { n: index + 1 });
}

/** The other members, as caregiver choices. */
export function otherMembers(
  members: readonly MemberEntry[],
  key: string,
  t: Translate,
): Option<string>[] {
  return members.flatMap((m, index) =>
    m.key === key ? [] : [{ value: m.key, label: memberLabel(m, index, t) }],
  );
}

/** Adult members other than the person: who can be their legal representative. */
export function adultMembers(
  members: readonly MemberEntry[],
  key: string,
  t: Translate,
  today: string,
): Option<string>[] {
  return members.flatMap((m, index) => {
    const age = ageOn(m.person.birthDate, today);
    return m.key !== key && age !== null && age >= AGE_OF_MAJORITY
      ? [{ value: m.key, label: memberLabel(m, index, t) }]
      : [];
  });
}

const isSaved = (state: WizardState, key: string) => Boolean(state.progress.persons[key]);

export function householdErrors(state: WizardState, t: Translate): FieldErrors {
  const checked = checkHousehold(state.household);
  return checked.ok ? {} : toFieldErrors(checked.codes, t);
}

export function personErrors(state: WizardState, t: Translate, today: string) {
  const out: Record<string, FieldErrors> = {};
  for (const m of state.members) {
    if (isSaved(state, m.key)) continue;
    const checked = checkPerson(m.person, { consented: m.consent.decision !== 'skip', today });
    if (!checked.ok) out[m.key] = toFieldErrors(checked.codes, t);
  }
  return out;
}

export function consentErrors(state: WizardState, t: Translate, today: string) {
  const out: Record<string, FieldErrors> = {};
  for (const m of state.members) {
    if (isSaved(state, m.key) || m.consent.decision === 'skip') continue;
    const checked = checkConsent(m.consent, {
      birthDate: m.person.birthDate,
      today,
      representativeIds: adultMembers(state.members, m.key, t, today).map((o) => o.value),
    });
    if (!checked.ok)
      out[m.key] = toFieldErrors(
        checked.codes.map((c) => ({ ...c, path: `consent.${c.path}` })),
        t,
      );
  }
  return out;
}

function merge(...parts: Record<string, FieldErrors>[]): Record<string, FieldErrors> {
  const out: Record<string, FieldErrors> = {};
  for (const part of parts)
    for (const [key, errors] of Object.entries(part)) out[key] = { ...out[key], ...errors };
  return out;
}

/** Errors of the steps up to and including `step` (the review step checks everything). */
export function validateUpTo(
  state: WizardState,
  step: StepNumber,
  t: Translate,
  today: string,
): WizardErrors {
  const errors = noErrors();
  errors.household = householdErrors(state, t);
  if (step >= 2) {
    errors.members = personErrors(state, t, today);
    if (state.members.length === 0) errors.general = t('wizard.atLeastOneMember');
  }
  if (step >= 3) errors.members = merge(errors.members, consentErrors(state, t, today));
  return errors;
}

/** The first step that has something to fix. */
export function stepOfErrors(errors: WizardErrors): StepNumber | null {
  if (Object.keys(errors.household).length) return 1;
  const paths = Object.values(errors.members).flatMap((e) => Object.keys(e));
  if (paths.some((p) => !p.startsWith('consent.')) || errors.general) return 2;
  if (paths.length) return 3;
  return null;
}

/** Errors of one step only, checked when the worker presses "Next". */
export function validateStep(
  state: WizardState,
  step: StepNumber,
  t: Translate,
  today: string,
): WizardErrors {
  const errors = noErrors();
  if (step === 1) errors.household = householdErrors(state, t);
  if (step === 2) {
    errors.members = personErrors(state, t, today);
    if (state.members.length === 0) errors.general = t('wizard.atLeastOneMember');
  }
  if (step === 3) errors.members = consentErrors(state, t, today);
  if (step === 4) return validateUpTo(state, 3, t, today);
  return errors;
}
