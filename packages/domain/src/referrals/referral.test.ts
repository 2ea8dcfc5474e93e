import { describe, expect, it } from 'vitest';
import { canAnswerReferral, canReadReferrals, canSendReferrals } from '../access/policy.js';
import type { Actor, Role } from '../access/roles.js';
import type { ConsentFacts } from '../registry/consent.js';
import {
  REFERRAL_STATUSES,
  referralInputSchema,
  referralStatusChangeSchema,
} from './referral.schema.js';
import {
  canMoveReferral,
  isReferralOpen,
  referralDueOn,
  referralInputIssues,
  statusChangeIssues,
} from './referral.rules.js';

const ORG = '0190a5d2-7c1e-7a3b-8f00-000000000001';
const OTHER_ORG = '0190a5d2-7c1e-7a3b-8f00-000000000002';

function actor(role: Role, organizationId: string | null = null): Actor {
  return { userId: 'u', role, scopes: ['194000000'], householdId: null, organizationId };
}

describe('referral lifecycle', () => {
  it('lets a service answer, schedule and close a referral in order', () => {
    expect(canMoveReferral('sent', 'accepted')).toBe(true);
    expect(canMoveReferral('accepted', 'scheduled')).toBe(true);
    expect(canMoveReferral('scheduled', 'completed')).toBe(true);
    expect(canMoveReferral('scheduled', 'not_attended')).toBe(true);
    expect(canMoveReferral('not_attended', 'scheduled')).toBe(true);
    expect(canMoveReferral('scheduled', 'scheduled')).toBe(true);
  });

  it('forbids jumps: completed before accepted, attendance before an appointment, reopening', () => {
    expect(canMoveReferral('sent', 'completed')).toBe(false);
    expect(canMoveReferral('sent', 'scheduled')).toBe(false);
    expect(canMoveReferral('accepted', 'not_attended')).toBe(false);
    expect(canMoveReferral('not_attended', 'completed')).toBe(false);
    for (const to of REFERRAL_STATUSES) {
      expect(canMoveReferral('completed', to)).toBe(false);
      expect(canMoveReferral('declined', to)).toBe(false);
    }
  });

  it('keeps the loop open until the service completes or declines', () => {
    expect(REFERRAL_STATUSES.filter(isReferralOpen)).toEqual([
      'sent',
      'accepted',
      'scheduled',
      'not_attended',
    ]);
  });
});

describe('referral due dates', () => {
  const base = { sentOn: '2026-03-02', statusOn: '2026-03-02', appointmentOn: null };

  it('expects an answer sooner the more urgent the referral', () => {
    expect(referralDueOn({ ...base, status: 'sent', urgency: 'urgent' })).toBe('2026-03-05');
    expect(referralDueOn({ ...base, status: 'sent', urgency: 'soon' })).toBe('2026-03-09');
    expect(referralDueOn({ ...base, status: 'sent', urgency: 'routine' })).toBe('2026-03-16');
  });

  it('expects an outcome a few days after the appointment', () => {
    expect(
      referralDueOn({
        ...base,
        status: 'scheduled',
        urgency: 'routine',
        statusOn: '2026-03-04',
        appointmentOn: '2026-03-20',
      }),
    ).toBe('2026-03-23');
  });

  it('expects nothing once the loop is closed', () => {
    expect(referralDueOn({ ...base, status: 'completed', urgency: 'urgent' })).toBeNull();
    expect(referralDueOn({ ...base, status: 'declined', urgency: 'urgent' })).toBeNull();
  });
});

describe('a step of the loop', () => {
  const current = { status: 'accepted' as const, statusOn: '2026-03-04' };
  const today = '2026-03-10';

  it('accepts a dated step in order', () => {
    expect(
      statusChangeIssues(
        current,
        { status: 'scheduled', date: '2026-03-05', appointmentOn: '2026-03-20' },
        today,
      ),
    ).toEqual([]);
  });

  it('refuses dates out of order and in the future', () => {
    expect(
      statusChangeIssues(
        current,
        { status: 'completed', date: '2026-03-03', appointmentOn: null },
        today,
      ),
    ).toEqual([{ path: 'date', code: 'referral.date_before_previous' }]);
    expect(
      statusChangeIssues(
        current,
        { status: 'completed', date: '2026-03-11', appointmentOn: null },
        today,
      ),
    ).toEqual([{ path: 'date', code: 'referral.date_in_future' }]);
  });

  it('needs an appointment day not before the step when scheduling, and none otherwise', () => {
    expect(
      statusChangeIssues(
        current,
        { status: 'scheduled', date: '2026-03-05', appointmentOn: null },
        today,
      ),
    ).toEqual([{ path: 'appointmentOn', code: 'referral.appointment_required' }]);
    expect(
      statusChangeIssues(
        current,
        { status: 'scheduled', date: '2026-03-05', appointmentOn: '2026-03-04' },
        today,
      ),
    ).toEqual([{ path: 'appointmentOn', code: 'referral.appointment_before_date' }]);
    expect(
      statusChangeIssues(
        current,
        { status: 'completed', date: '2026-03-05', appointmentOn: '2026-03-06' },
        today,
      ),
    ).toEqual([{ path: 'appointmentOn', code: 'referral.appointment_not_allowed' }]);
  });

  it('refuses a jump the lifecycle forbids', () => {
    expect(
      statusChangeIssues(
        { status: 'sent', statusOn: '2026-03-02' },
        { status: 'completed', date: '2026-03-05', appointmentOn: null },
        today,
      ),
    ).toEqual([{ path: 'status', code: 'referral.transition' }]);
  });
});

describe('a new referral', () => {
  const child = { birthDate: '2020-05-01' };
  const consent: ConsentFacts = {
    givenBy: 'representative',
    scopes: ['registration', 'sharing_with_services'],
    givenOn: '2026-01-10',
    expiresOn: '2027-01-10',
    withdrawnOn: null,
  };

  it('needs consent to sharing with services on the day it is sent', () => {
    expect(
      referralInputIssues(
        { sentOn: '2026-03-01' },
        { ...child, consents: [consent] },
        '2026-03-02',
      ),
    ).toEqual([]);
    expect(
      referralInputIssues(
        { sentOn: '2026-03-01' },
        { ...child, consents: [{ ...consent, scopes: ['registration', 'assessment'] }] },
        '2026-03-02',
      ),
    ).toEqual([{ path: 'personId', code: 'referral.consent_required' }]);
    expect(
      referralInputIssues(
        { sentOn: '2026-03-01' },
        { ...child, consents: [{ ...consent, withdrawnOn: '2026-02-01' }] },
        '2026-03-02',
      ),
    ).toEqual([{ path: 'personId', code: 'referral.consent_required' }]);
  });

  it('cannot be dated in the future', () => {
    expect(
      referralInputIssues(
        { sentOn: '2026-03-03' },
        { ...child, consents: [consent] },
        '2026-03-02',
      ),
    ).toEqual([{ path: 'sentOn', code: 'referral.date_in_future' }]);
  });

  it('names at least one CBR element and shares each part once', () => {
    const body = {
      personId: ORG,
      organizationId: ORG,
      reason: 'ПМПК қорытындысы қажет',
      sentOn: '2026-03-01',
    };
    expect(referralInputSchema.safeParse({ ...body, elements: [] }).success).toBe(false);
    expect(
      referralInputSchema.safeParse({
        ...body,
        elements: ['education.primary'],
        shared: ['plan', 'plan'],
      }).success,
    ).toBe(false);
    const parsed = referralInputSchema.parse({ ...body, elements: ['education.primary'] });
    expect(parsed.urgency).toBe('routine');
    expect(parsed.shared).toEqual([]);
    expect(
      referralStatusChangeSchema.safeParse({ status: 'finished', date: '2026-03-01' }).success,
    ).toBe(false);
  });
});

describe('who works with referrals', () => {
  it('lets the CBR side send and read, and the addressed service answer', () => {
    expect(canSendReferrals(actor('worker'))).toBe(true);
    expect(canSendReferrals(actor('provider', ORG))).toBe(false);
    expect(canReadReferrals(actor('manager'))).toBe(true);
    expect(canReadReferrals(actor('analyst'))).toBe(false);
    expect(canAnswerReferral(actor('provider', ORG), ORG)).toBe(true);
    expect(canAnswerReferral(actor('provider', ORG), OTHER_ORG)).toBe(false);
    expect(canAnswerReferral(actor('provider'), ORG)).toBe(false);
    expect(canAnswerReferral(actor('worker'), ORG)).toBe(true);
    expect(canAnswerReferral(actor('committee'), ORG)).toBe(false);
    expect(canAnswerReferral(actor('manager'), ORG)).toBe(false);
  });
});
