import { problemAnswer } from './session-schemas.js';

/** Problem codes the app reacts to; the server may send others, which are shown by their title. */
export type KnownProblemCode =
  | 'validation_failed'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid_credentials'
  | 'rate_limited'
  | 'stale_revision'
  | 'duplicate_iin'
  | 'duplicate_iin_elsewhere'
  | 'possible_duplicate'
  | 'duplicate_id'
  | 'internal'
  /** No answer at all: offline, DNS, server down. */
  | 'network';

export interface FieldError {
  /** Dotted path into the request body: `consent.givenBy`, `caregivers.0.personId`. */
  path: string;
  code: string;
  /** Already in the user's language. */
  message: string;
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  householdId: string;
  address: string;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'errors']);

/**
 * A failure the user can act on, carried from an RFC 9457 problem document (or made up on the
 * device for network failures). `title`, `detail` and field messages are localized by the server.
 */
export class RepositoryError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: readonly FieldError[];
  /** Problem members beyond the standard ones (`candidates`, `existingId`, `currentRev` …). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    fieldErrors?: readonly FieldError[];
    extensions?: Record<string, unknown>;
  }) {
    super(init.title);
    this.name = 'RepositoryError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.extensions = init.extensions ?? {};
  }

  is(code: KnownProblemCode): boolean {
    return this.code === code;
  }

  static network(cause?: unknown): RepositoryError {
    const error = new RepositoryError({ status: 0, code: 'network', title: 'network' });
    if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
    return error;
  }

  /** Builds the error from a parsed response body; anything that is not a problem becomes `internal`. */
  static fromBody(status: number, body: unknown, statusText = ''): RepositoryError {
    const parsed = problemAnswer.safeParse(body);
    if (!parsed.success)
      return new RepositoryError({
        status,
        code: status === 401 ? 'unauthorized' : status === 404 ? 'not_found' : 'internal',
        title: statusText || String(status),
      });
    const problem = parsed.data;
    const extensions: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(problem))
      if (!STANDARD_MEMBERS.has(key)) extensions[key] = value;
    return new RepositoryError({
      status: problem.status,
      code: problem.code,
      title: problem.title,
      detail: problem.detail,
      fieldErrors: problem.errors ?? [],
      extensions,
    });
  }
}

export function isRepositoryError(error: unknown): error is RepositoryError {
  return error instanceof RepositoryError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The people a `possible_duplicate` problem names. */
export function duplicateCandidates(error: RepositoryError): DuplicateCandidate[] {
  const list = error.extensions.candidates;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((c) =>
    typeof c.id === 'string' && typeof c.householdId === 'string'
      ? [
          {
            id: c.id,
            householdId: c.householdId,
            name: typeof c.name === 'string' ? c.name : '',
            address: typeof c.address === 'string' ? c.address : '',
          },
        ]
      : [],
  );
}

/** The record a `duplicate_iin` problem points to, when the user may see it. */
export function existingRecord(
  error: RepositoryError,
): { personId: string; householdId: string | null } | null {
  const { existingId, existingHouseholdId } = error.extensions;
  if (typeof existingId !== 'string') return null;
  return {
    personId: existingId,
    householdId: typeof existingHouseholdId === 'string' ? existingHouseholdId : null,
  };
}
