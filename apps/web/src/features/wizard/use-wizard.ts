import { todayIso } from '@birge/domain';
import { useEffect, useReducer, useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { loadWizardDraft, saveWizardDraft } from './wizard-storage.js';
import { newWizardState, wizardReducer, type WizardState } from './wizard-state.js';

export const newId = (): string => uuidv7();

/** Whether a stored draft holds anything the worker typed (an untouched form is not news). */
function hasContent(state: WizardState): boolean {
  const h = state.household;
  return (
    h.place !== null ||
    h.address.trim() !== '' ||
    state.members.some((m) => m.person.givenName.trim() !== '' || m.person.birthDate !== '')
  );
}

function init(): { state: WizardState; restored: boolean } {
  const stored = loadWizardDraft();
  return stored
    ? { state: stored, restored: hasContent(stored) }
    : { state: newWizardState(newId, todayIso()), restored: false };
}

/** Wizard state in React, mirrored to sessionStorage on every change. */
export function useWizard() {
  const [initial] = useState(init);
  const [state, dispatch] = useReducer(wizardReducer, initial.state);
  useEffect(() => saveWizardDraft(state), [state]);
  return { state, dispatch, restored: initial.restored };
}
