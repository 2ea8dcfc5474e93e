import type { ConsentFacts } from '../registry/consent.js';
import type { TaskPerson, TaskPlan, TaskVisit } from './task-records.js';

/** Typed records for the task rules' tests: one household, one person, one active plan. */

export const HOUSEHOLD = '0190a000-0000-7000-8000-000000000001';
export const PERSON = '0190a000-0000-7000-8000-000000000002';
export const PLAN = '0190a000-0000-7000-8000-000000000003';

export function consent(overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    givenBy: 'self',
    scopes: ['registration', 'assessment'],
    givenOn: '2025-01-10',
    expiresOn: '2028-01-10',
    withdrawnOn: null,
    ...overrides,
  };
}

export function person(overrides: Partial<TaskPerson> = {}): TaskPerson {
  return {
    id: PERSON,
    householdId: HOUSEHOLD,
    birthDate: '1990-05-20',
    consents: [consent()],
    ...overrides,
  };
}

export function plan(overrides: Partial<TaskPlan> = {}): TaskPlan {
  return {
    id: PLAN,
    personId: PERSON,
    householdId: HOUSEHOLD,
    status: 'active',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    activatedOn: '2026-01-05',
    visitIntervalDays: 14,
    reviewIntervalDays: 90,
    assignments: [],
    ...overrides,
  };
}

export function visit(overrides: Partial<TaskVisit> = {}): TaskVisit {
  return {
    householdId: HOUSEHOLD,
    planId: PLAN,
    personIds: [PERSON],
    visitedOn: '2026-02-01',
    nextVisitOn: null,
    ...overrides,
  };
}
