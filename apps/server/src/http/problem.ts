import { isMessageKey, type MessageKey, type MessageValues, type Translate } from '@birge/domain';

/** Stable problem codes; each has a localized title `problem.<code>`. */
export type ProblemCode =
  | 'validation_failed'
  | 'not_found'
  | 'route_not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid_credentials'
  | 'rate_limited'
  | 'stale_revision'
  | 'duplicate_iin'
  | 'duplicate_iin_elsewhere'
  | 'possible_duplicate'
  | 'duplicate_id'
  | 'payload_too_large'
  | 'malformed_json'
  | 'unsupported_media_type'
  | 'bad_cursor'
  | 'cross_site'
  | 'demo_refused'
  | 'account_disabled'
  | 'conflict_resolved'
  | 'invitation_invalid'
  | 'invitation_expired'
  | 'invitation_used'
  | 'internal';

/** A problem with one field: where (a dotted path into the body), what (a message key) and values. */
export interface FieldProblem {
  path: string;
  code: string;
  values?: MessageValues;
}

export interface ProblemOptions {
  values?: MessageValues;
  errors?: FieldProblem[];
  /** Extra members of the problem document (RFC 9457 extensions), e.g. `existingId`. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An error the client can act on; the error handler renders it as application/problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly options: ProblemOptions = {},
  ) {
    super(code);
    this.name = 'ProblemError';
  }
}

export const notFound = () => new ProblemError(404, 'not_found');
export const forbidden = () => new ProblemError(403, 'forbidden');

/** 422 with field problems: the request was well-formed but its content breaks a rule. */
export function invalid(errors: FieldProblem[]): ProblemError {
  return new ProblemError(422, 'validation_failed', { errors });
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ProblemCode;
  instance?: string;
  errors?: { path: string; code: string; message: string }[];
  [extension: string]: unknown;
}

const FALLBACK_FIELD_KEY: MessageKey = 'validation.invalid_value';

export function fieldMessageKey(code: string): MessageKey {
  return isMessageKey(code) ? code : FALLBACK_FIELD_KEY;
}

export function renderProblem(
  error: ProblemError,
  t: Translate,
  instance?: string,
): ProblemDocument {
  const { errors, values, extensions } = error.options;
  const doc: ProblemDocument = {
    type: `https://birge.kz/problems/${error.code.replaceAll('_', '-')}`,
    title: t(`problem.${error.code}` as MessageKey, values),
    status: error.status,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...extensions,
  };
  if (errors?.length) {
    doc.detail = t('problem.detail_fields', { count: errors.length });
    doc.errors = errors.map((e) => ({
      path: e.path,
      code: e.code,
      message: t(fieldMessageKey(e.code), e.values),
    }));
  }
  return doc;
}
