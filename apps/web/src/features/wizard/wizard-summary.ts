import type { Translate } from '@birge/domain';
import type { SummaryItem } from '../../components/error-summary.component.js';
import { summaryItems } from '../person-form/field-labels.js';
import { memberLabel } from './validate-wizard.js';
import type { StepNumber, WizardState } from './wizard-state.js';

export const memberPrefix = (key: string) => `m-${key}-`;
export const HOUSEHOLD_PREFIX = 'hh-';

/** Error summary lines for the step on screen, each linked to its control. */
export function wizardSummary(state: WizardState, step: StepNumber, t: Translate): SummaryItem[] {
  const { errors } = state;
  const items: SummaryItem[] = [];
  if (errors.general) items.push({ message: errors.general });
  if (step === 1 || step === 4)
    items.push(
      ...summaryItems(errors.household, { kind: 'household', idPrefix: HOUSEHOLD_PREFIX, t }),
    );
  state.members.forEach((member, index) => {
    const own = errors.members[member.key];
    if (!own) return;
    const visible = Object.fromEntries(
      Object.entries(own).filter(([path]) =>
        step === 4 ? true : step === 3 ? path.startsWith('consent.') : !path.startsWith('consent.'),
      ),
    );
    items.push(
      ...summaryItems(visible, {
        kind: 'person',
        idPrefix: memberPrefix(member.key),
        t,
        subject: memberLabel(member, index, t),
      }),
    );
  });
  return items;
}
