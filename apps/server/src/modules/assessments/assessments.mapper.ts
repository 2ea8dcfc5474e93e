import {
  personConsentStatus,
  type Assessment,
  type ConsentFacts,
  type Evaluated,
} from '@birge/domain';
import { z } from 'zod';
import { ProblemError } from '../../http/problem.js';
import type { RawConsent } from '../registry/consent-visibility.js';
import type { AssessmentChange, AssessmentRecord, ListPosition } from './assessments.repo.js';

export function consentFactsOf(consents: RawConsent[]): ConsentFacts[] {
  return consents.map((c) => ({
    givenBy: c.given_by as ConsentFacts['givenBy'],
    scopes: c.scopes as ConsentFacts['scopes'],
    givenOn: c.given_on,
    expiresOn: c.expires_on,
    withdrawnOn: c.withdrawn_on,
  }));
}

/**
 * Assessments are shown only while the person's consent to assessment is valid: without it they
 * are kept but neither shown nor changed, and a renewed consent brings them back
 * (docs/decisions/0005, 0018).
 */
export function mayShowAssessments(
  person: { birth_date: string; consents: RawConsent[] },
  today: string,
): boolean {
  return (
    personConsentStatus(consentFactsOf(person.consents), person.birth_date, today, 'assessment') ===
    'valid'
  );
}

export function toAssessment(row: AssessmentRecord): Assessment {
  return {
    id: row.id,
    personId: row.person_id,
    householdId: row.household_id,
    instrument: row.instrument as Assessment['instrument'],
    version: row.version,
    assessedOn: row.assessed_on,
    ageMonths: row.age_months,
    answers: row.answers,
    scores: row.scores,
    status: row.status,
    positive: row.positive,
    note: row.note,
    assessedBy: row.assessed_by_name,
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The columns an evaluation writes. */
export function changeOf(
  evaluated: Evaluated,
  input: { assessedOn: string; note: string | null },
): AssessmentChange {
  return {
    version: evaluated.version,
    assessed_on: input.assessedOn,
    age_months: evaluated.ageMonths,
    answers: evaluated.answers,
    scores: evaluated.scores,
    status: evaluated.status,
    positive: evaluated.positive,
    note: input.note,
  };
}

/** JSON with object keys sorted: jsonb keeps its own key order, so stored and new answers differ in it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** Names (API names) of the stored values an edit changes, for the change history and audit. */
export function changedAssessmentFields(
  before: AssessmentChange,
  after: AssessmentChange,
): string[] {
  const a = writtenFields(before);
  const b = writtenFields(after);
  return Object.keys(a)
    .filter((key) => canonical(a[key]) !== canonical(b[key]))
    .sort();
}

function writtenFields(c: AssessmentChange): Record<string, unknown> {
  return {
    version: c.version,
    assessedOn: c.assessed_on,
    ageMonths: c.age_months,
    answers: c.answers,
    scores: c.scores,
    status: c.status,
    positive: c.positive,
    note: c.note,
  };
}

const positionSchema = z.object({
  v: z.literal(1),
  on: z.iso.date(),
  // A timestamptz as the database writes it as text: '2026-11-25 15:19:00.123456+00'.
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/),
  id: z.uuid(),
});

/** List cursors: the last row's position, versioned so the format can change. */
export function encodeListCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify({ v: 1, ...position })).toString('base64url');
}

export function decodeListCursor(cursor: string | undefined): ListPosition | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const { on, at, id } = positionSchema.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return { on, at, id };
  } catch {
    throw new ProblemError(400, 'bad_cursor');
  }
}
