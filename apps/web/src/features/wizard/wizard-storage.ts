import type { WizardState } from './wizard-state.js';

/**
 * The registration in progress lives in sessionStorage, so a reload, a lost connection or an
 * expired session never costs the worker what they typed. It is cleared on success and sign-out.
 */
const KEY = 'birge.registration-draft';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadWizardDraft(): WizardState | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { version?: unknown }).version === 1 &&
      Array.isArray((value as { members?: unknown }).members)
    )
      return value as WizardState;
  } catch {
    // A damaged draft is dropped below.
  }
  storage()?.removeItem(KEY);
  return null;
}

export function saveWizardDraft(state: WizardState): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(state));
  } catch (error) {
    console.warn('The registration draft could not be kept on this device', error);
  }
}

export function clearWizardDraft(): void {
  storage()?.removeItem(KEY);
}
