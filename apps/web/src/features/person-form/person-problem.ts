import {
  duplicateCandidates,
  existingRecord,
  isRepositoryError,
  type DuplicateCandidate,
} from '../../data/repository-error.js';
import { serverFieldErrors, type FieldErrors } from './issues.js';

/** What a refused person write means for the form on screen. */
export interface PersonProblem {
  errors: FieldErrors;
  /** A message for the summary that belongs to no field. */
  general: string | null;
  /** `possible_duplicate`: ask the worker, then resend with confirmNotDuplicate. */
  candidates: DuplicateCandidate[] | null;
  /** `duplicate_iin`: the record that already has this IIN. */
  existingPersonId: string | null;
  /** `stale_revision`: someone saved the record first. */
  stale: boolean;
}

/** Problems found on the device, before anything was sent. */
export function fieldProblem(errors: FieldErrors): PersonProblem {
  return { errors, general: null, candidates: null, existingPersonId: null, stale: false };
}

export function personProblem(error: unknown, fallback: string): PersonProblem {
  const none = fieldProblem({});
  if (!isRepositoryError(error)) return { ...none, general: fallback };
  switch (error.code) {
    case 'possible_duplicate':
      return { ...none, candidates: duplicateCandidates(error) };
    case 'duplicate_iin':
    case 'duplicate_iin_elsewhere':
      return {
        ...none,
        errors: { iin: error.title },
        existingPersonId: existingRecord(error)?.personId ?? null,
      };
    case 'stale_revision':
      return { ...none, general: error.title, stale: true };
    case 'validation_failed': {
      const errors = serverFieldErrors(error.fieldErrors);
      return { ...none, errors, general: Object.keys(errors).length ? null : error.title };
    }
    default:
      return { ...none, general: fallback };
  }
}

/** Splits `consent.*` errors off for the consent form, which names its fields without prefix. */
export function splitConsentErrors(errors: FieldErrors): {
  person: FieldErrors;
  consent: FieldErrors;
} {
  const person: FieldErrors = {};
  const consent: FieldErrors = {};
  for (const [path, message] of Object.entries(errors))
    if (path.startsWith('consent.')) consent[path.slice('consent.'.length)] = message;
    else person[path] = message;
  return { person, consent };
}
