import { describe, expect, it } from 'vitest';
import { consentDue, consentLastDay, rescreeningDue } from './person-rules.js';
import type { TaskAssessment } from './task-records.js';
import { consent, person, plan, PERSON } from './task-fixtures.test-support.js';

const screening = (overrides: Partial<TaskAssessment> = {}): TaskAssessment => ({
  personId: PERSON,
  instrument: 'wg-ss',
  assessedOn: '2025-03-10',
  positive: true,
  ...overrides,
});

describe('consent running out or gone (registration)', () => {
  const expiringOn = (expiresOn: string, today: string) =>
    consentDue(person({ consents: [consent({ expiresOn })] }), today);

  it('reminds from 30 days before the last day, not 31', () => {
    expect(expiringOn('2026-03-31', '2026-03-01')).toEqual({
      kind: 'consent_expiring',
      dueOn: '2026-03-31',
      reason: null,
    });
    expect(expiringOn('2026-04-01', '2026-03-01')).toBeNull();
  });

  it('is still "expiring" on the last day and "expired" the day after', () => {
    expect(expiringOn('2026-03-31', '2026-03-31')?.kind).toBe('consent_expiring');
    expect(expiringOn('2026-03-31', '2026-04-01')).toEqual({
      kind: 'consent_expired',
      dueOn: '2026-03-31',
      reason: null,
    });
  });

  it('is satisfied by a renewal that follows without a gap, and not by one with a gap', () => {
    const old = consent({ givenOn: '2023-04-01', expiresOn: '2026-03-31' });
    const renewed = (givenOn: string) =>
      consentDue(
        person({ consents: [old, consent({ givenOn, expiresOn: '2029-03-31' })] }),
        '2026-03-20',
      );
    expect(renewed('2026-04-01')).toBeNull();
    expect(renewed('2026-04-02')).toMatchObject({ kind: 'consent_expiring', dueOn: '2026-03-31' });
  });

  it('ends a representative’s consent for a minor on the eve of their 18th birthday', () => {
    const child = person({
      birthDate: '2008-04-15',
      consents: [
        consent({ givenBy: 'representative', givenOn: '2024-01-01', expiresOn: '2029-01-01' }),
      ],
    });
    expect(consentLastDay(child.consents[0]!, child.birthDate)).toEqual({
      lastDay: '2026-04-14',
      endsAtMajority: true,
    });
    expect(consentDue(child, '2026-03-15')).toEqual({
      kind: 'consent_expiring',
      dueOn: '2026-04-14',
      reason: 'needs_own_consent',
    });
    expect(consentDue(child, '2026-03-14')).toBeNull();
    expect(consentDue(child, '2026-04-15')).toEqual({
      kind: 'consent_expired',
      dueOn: '2026-04-14',
      reason: 'needs_own_consent',
    });
  });

  it('asks nothing after a withdrawal, or when there never was consent', () => {
    const withdrawn = consent({ expiresOn: '2026-03-31', withdrawnOn: '2026-02-01' });
    expect(consentDue(person({ consents: [withdrawn] }), '2026-03-20')).toBeNull();
    expect(consentDue(person({ consents: [] }), '2026-03-20')).toBeNull();
  });

  it('looks only at consent to registration', () => {
    const photos = consent({ scopes: ['photos'], expiresOn: '2026-03-31' });
    expect(consentDue(person({ consents: [consent(), photos] }), '2026-03-20')).toBeNull();
  });
});

describe('yearly re-screening', () => {
  const due = (
    assessments: TaskAssessment[],
    options: { plans?: boolean; birthDate?: string } = {},
  ) =>
    rescreeningDue(
      person(options.birthDate ? { birthDate: options.birthDate } : {}),
      assessments,
      options.plans ? [plan()] : [],
      '2026-03-10',
    );

  it('is due on the anniversary of a positive screening (12 months, not 11)', () => {
    expect(due([screening({ assessedOn: '2025-03-10' })])).toEqual({
      dueOn: '2026-03-10',
      reason: null,
    });
    expect(due([screening({ assessedOn: '2025-03-11' })])?.dueOn).toBe('2026-03-11');
  });

  it('asks nothing of a person whose last screening was negative and who has no plan', () => {
    expect(due([screening({ positive: false })])).toBeNull();
    const earlierPositive = screening({ assessedOn: '2024-05-01' });
    expect(due([earlierPositive, screening({ positive: false })])).toBeNull();
  });

  it('follows a person on an active plan even after a negative screening', () => {
    expect(due([screening({ positive: false })], { plans: true })?.dueOn).toBe('2026-03-10');
  });

  it('counts any screener, and only screeners with a known result', () => {
    const cfm = screening({ instrument: 'cfm-5-17', assessedOn: '2025-06-01' });
    const whodas = screening({ instrument: 'whodas-12', assessedOn: '2026-01-01' });
    const draft = screening({ assessedOn: '2025-12-01', positive: null });
    expect(due([screening(), cfm, whodas, draft])?.dueOn).toBe('2026-06-01');
  });

  it('counts a day with one positive and one negative screening as positive', () => {
    const negative = screening({ positive: false });
    expect(due([negative, screening()])?.dueOn).toBe('2026-03-10');
    expect(due([screening(), negative])?.dueOn).toBe('2026-03-10');
  });

  it('is due from the plan’s start for a person on a plan who was never screened', () => {
    expect(due([], { plans: true })).toEqual({ dueOn: '2026-01-05', reason: 'first' });
  });

  it('waits for the second birthday, when a screener first fits', () => {
    expect(due([], { plans: true, birthDate: '2024-06-30' })).toEqual({
      dueOn: '2026-06-30',
      reason: 'first',
    });
  });

  it('needs valid consent to assessment', () => {
    const noAssessment = person({ consents: [consent({ scopes: ['registration'] })] });
    expect(rescreeningDue(noAssessment, [screening()], [], '2026-03-10')).toBeNull();
  });
});
