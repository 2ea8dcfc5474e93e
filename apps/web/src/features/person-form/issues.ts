import { isMessageKey, type MessageKey, type MessageValues, type Translate } from '@birge/domain';

/** The parts of a zod issue the forms need (structural, so the web app needs no zod import). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  origin?: unknown;
  format?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

/** Errors of one form: dotted path (as the server writes it) → message in the user's language. */
export type FieldErrors = Record<string, string>;

export interface FieldCode {
  path: string;
  key: MessageKey;
  values?: MessageValues;
}

const KEY_PATTERN = /^[a-z_]+(\.[a-z_0-9]+)+$/i;

/**
 * The message key for a schema issue, as the server chooses it (apps/server http/zod-issues.ts),
 * so a form says the same thing before and after a round trip. Domain rules carry their key in
 * the issue message.
 */
export function issueToFieldCode(issue: SchemaIssue): FieldCode {
  const path = issue.path.map(String).join('.');
  const at = (key: MessageKey, values?: MessageValues): FieldCode =>
    values ? { path, key, values } : { path, key };
  if (KEY_PATTERN.test(issue.message) && isMessageKey(issue.message)) return at(issue.message);
  const number = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value));
  switch (issue.code) {
    case 'invalid_type':
      // Drafts hold the right types; a wrong one here is an empty required choice or a non-number.
      return issue.expected === 'number' || issue.expected === 'int'
        ? at('validation.not_integer')
        : at('validation.required');
    case 'too_small': {
      const minimum = number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1
          ? at('validation.required')
          : at('validation.string_too_short', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set')
        return at('validation.array_too_short', { minimum });
      return at('validation.number_too_small', { minimum });
    }
    case 'too_big': {
      const maximum = number(issue.maximum);
      if (issue.origin === 'string') return at('validation.string_too_long', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set')
        return at('validation.array_too_long', { maximum });
      return at('validation.number_too_big', { maximum });
    }
    case 'invalid_format':
      if (issue.format === 'date') return at('validation.invalid_date');
      if (issue.format === 'uuid') return at('validation.invalid_uuid');
      return at('validation.invalid_format');
    case 'invalid_value':
      return at('validation.invalid_option');
    default:
      return at('validation.invalid_value');
  }
}

/** Errors about one item of a list (`icd10.1`, `consent.scopes.0`) belong to the list's control. */
export function fieldPath(path: string): string {
  return path.replace(/\.\d+$/, '');
}

/** First message per path wins (one message per field is enough to act on). */
export function toFieldErrors(codes: readonly FieldCode[], t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const code of codes) errors[fieldPath(code.path)] ??= t(code.key, code.values);
  return errors;
}

export function issuesToFieldErrors(issues: readonly SchemaIssue[], t: Translate): FieldErrors {
  return toFieldErrors(issues.map(issueToFieldCode), t);
}

/** Server field errors (already localized) keyed by path. */
export function serverFieldErrors(
  errors: readonly { path: string; message: string }[],
  prefix = '',
): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors) {
    if (prefix && !error.path.startsWith(prefix)) continue;
    out[fieldPath(error.path.slice(prefix.length))] ??= error.message;
  }
  return out;
}
