import { datedIssues, type Translate } from '@birge/domain';
import { useState } from 'react';
import { problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import {
  issuesToFieldErrors,
  serverFieldErrors,
  toFieldErrors,
  type FieldErrors,
  type SchemaIssue,
} from '../person-form/issues.js';

/** The result of checking a draft on the phone: the input to send, or field errors. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Parses a draft with the domain's schema and checks its dates against birth and today — the
 * rules the server applies, so a form says the same before and after a round trip.
 */
export function checkEntry<T>(
  t: Translate,
  parsed: { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } },
  dates: (value: T) => Parameters<typeof datedIssues>,
): Checked<T> {
  if (!parsed.success) return { ok: false, errors: issuesToFieldErrors(parsed.error.issues, t) };
  const issues = datedIssues(...dates(parsed.data));
  if (issues.length)
    return {
      ok: false,
      errors: toFieldErrors(
        issues.map((i) => ({ path: i.path, key: i.code })),
        t,
      ),
    };
  return { ok: true, value: parsed.data };
}

/**
 * Errors of an entry form: its fields' messages, and one general message — "needs a connection"
 * when the server could not be reached (the draft stays as typed, so it is sent again as is).
 */
export function useEntryErrors(t: Translate) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  return {
    errors,
    general,
    clear: () => {
      setErrors({});
      setGeneral(null);
    },
    show: (fields: FieldErrors) => {
      setErrors(fields);
      setGeneral(null);
    },
    fail: (error: unknown) => {
      if (isRepositoryError(error) && error.code === 'network') {
        setErrors({});
        setGeneral(t('education.needsConnection'));
        return;
      }
      const fields = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
      setErrors(fields);
      setGeneral(Object.keys(fields).length ? null : problemMessage(error, t));
    },
  };
}

/** An empty text field is "not given". */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
