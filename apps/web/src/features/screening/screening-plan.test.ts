import {
  INSTRUMENTS,
  type Disability,
  type InstrumentDefinition,
  type InstrumentId,
} from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { screeningOutcome, screeningPlan } from './screening-plan.js';
import { consent, person } from './test-people.js';

const TODAY = '2026-06-15';

describe('who gets which screener', () => {
  it('gives each member the screener for their age on the day, in the household order', () => {
    const plan = screeningPlan(
      [
        person({ birthDate: '1980-03-01' }),
        person({ birthDate: '2014-06-15' }),
        person({ birthDate: '2022-06-15' }),
        person({ birthDate: '2024-06-15' }),
      ],
      TODAY,
    );
    expect(plan.map((p) => (p.kind === 'screen' ? p.instrument : p.reason))).toEqual([
      'wg-ss',
      'cfm-5-17',
      'cfm-2-4',
      'cfm-2-4',
    ]);
  });

  it('switches screener on the birthday itself: 5 years is CFM 5–17, 18 years is WG-SS', () => {
    const plan = screeningPlan(
      [
        person({ birthDate: '2021-06-15' }),
        person({ birthDate: '2021-06-16' }),
        person({ birthDate: '2008-06-15' }),
        person({ birthDate: '2008-06-16' }),
      ],
      TODAY,
    );
    expect(plan.map((p) => p.kind === 'screen' && p.instrument)).toEqual([
      'cfm-5-17',
      'cfm-2-4',
      'wg-ss',
      'cfm-5-17',
    ]);
  });

  it('screens nobody under 2 and says why; suggests the developmental checklist when there is one', () => {
    const baby = person({ birthDate: '2025-01-01' });
    const [without] = screeningPlan([baby], TODAY, new Map());
    expect(without).toMatchObject({ kind: 'skip', reason: 'under-two', suggestion: null });
    const development = {
      id: 'development-0-6',
      ages: { minMonths: 0, maxMonths: 83 },
    } as InstrumentDefinition;
    const registry = new Map<InstrumentId, InstrumentDefinition>([
      ['development-0-6', development],
    ]);
    const [withChecklist] = screeningPlan([baby], TODAY, registry);
    expect(withChecklist).toMatchObject({ kind: 'skip', suggestion: 'development-0-6' });
  });

  it('does not screen a member without a valid consent to be assessed', () => {
    const [member] = screeningPlan(
      [person({ birthDate: '1990-01-01', consents: [consent(['registration'])] })],
      TODAY,
    );
    expect(member).toMatchObject({ kind: 'skip', reason: 'no-consent' });
  });

  it('says when the screener for an age is not on this version of the app', () => {
    const onlyWg = new Map([...INSTRUMENTS].filter(([id]) => id === 'wg-ss'));
    const [child] = screeningPlan([person({ birthDate: '2015-01-01' })], TODAY, onlyWg);
    expect(child).toMatchObject({ kind: 'skip', reason: 'unavailable' });
  });
});

describe('what a screening result means', () => {
  it('marks a positive member without МСЭ disability status', () => {
    const child = person({ birthDate: '2015-01-01' });
    expect(screeningOutcome(child, 137, true).withoutMse).toBe(true);
    expect(screeningOutcome(child, 137, false).withoutMse).toBe(false);
    expect(screeningOutcome(child, 137, null).withoutMse).toBe(false);
  });

  it('does not mark a member whose disability is established, nor one still waiting for МСЭ as established', () => {
    const established = person({
      birthDate: '2015-01-01',
      disability: { status: 'established' } as Disability,
    });
    const pending = person({
      birthDate: '2015-01-01',
      disability: { status: 'pending' } as Disability,
    });
    expect(screeningOutcome(established, 137, true).withoutMse).toBe(false);
    expect(screeningOutcome(pending, 137, true).withoutMse).toBe(true);
  });

  it('offers deeper assessments for the age, never another screener', () => {
    const deeper = screeningOutcome(person({ birthDate: '1980-01-01' }), 550, true).deeper;
    expect(deeper).toContain('whodas-12');
    expect(deeper).not.toContain('wg-ss');
    const child = screeningOutcome(person({ birthDate: '2015-01-01' }), 137, true).deeper;
    expect(child).not.toContain('cfm-5-17');
    expect(child).not.toContain('whodas-12');
  });
});
