import { describe, expect, it } from 'vitest';
import { planSubmission, type PlanMember } from './submit-plan.js';

const member = (
  key: string,
  caregiverKeys: string[] = [],
  representativeKey: string | null = null,
): PlanMember => ({ key, caregiverKeys, representativeKey });

describe('planSubmission', () => {
  it('keeps the order the worker typed when nobody depends on anyone', () => {
    const plan = planSubmission([member('a'), member('b'), member('c')]);
    expect(plan).toEqual({ ok: true, order: ['a', 'b', 'c'], deferCaregivers: [] });
  });

  it('creates the mother before the child she cares for and represents', () => {
    const plan = planSubmission([member('child', ['mother'], 'mother'), member('mother')]);
    expect(plan).toEqual({ ok: true, order: ['mother', 'child'], deferCaregivers: [] });
  });

  it('follows chains: grandmother, then mother, then child', () => {
    const plan = planSubmission([
      member('child', ['mother'], 'mother'),
      member('mother', ['grandmother']),
      member('grandmother'),
    ]);
    expect(plan.ok && plan.order).toEqual(['grandmother', 'mother', 'child']);
  });

  it('breaks a circle of caregivers by adding caregivers after creation', () => {
    const plan = planSubmission([member('husband', ['wife']), member('wife', ['husband'])]);
    expect(plan).toEqual({ ok: true, order: ['husband', 'wife'], deferCaregivers: ['husband'] });
  });

  it('never defers a representative: the one who represents goes first', () => {
    const plan = planSubmission([member('child', [], 'mother'), member('mother', ['child'])]);
    // The child's consent needs the mother; the mother's caregiver link to the child waits.
    expect(plan).toEqual({ ok: true, order: ['mother', 'child'], deferCaregivers: ['mother'] });
  });

  it('reports a circle of representatives, which no order can satisfy', () => {
    const plan = planSubmission([member('a', [], 'b'), member('b', [], 'a')]);
    expect(plan).toEqual({ ok: false, cycle: ['a', 'b'] });
  });

  it('ignores references to people who are not in the household or to oneself', () => {
    const plan = planSubmission([member('a', ['a', 'ghost'], 'ghost')]);
    expect(plan).toEqual({ ok: true, order: ['a'], deferCaregivers: [] });
  });
});
