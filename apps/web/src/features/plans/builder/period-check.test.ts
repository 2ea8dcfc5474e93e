import { translatorFor } from '@birge/domain';
import { kk } from '@birge/domain/i18n/kk';
import { describe, expect, it } from 'vitest';
import { periodErrors } from './period-check.js';
import { newPlanDraft } from './plan-draft.js';

const t = translatorFor('kk', kk);

describe('the builder’s period step', () => {
  it('accepts the period it offers', () => {
    expect(
      periodErrors(newPlanDraft('0193a000-0000-7000-8000-000000000001', '2026-11-25'), t),
    ).toEqual({});
  });

  it('says what is wrong with the dates and intervals, with the plan rules’ messages', () => {
    const draft = newPlanDraft('0193a000-0000-7000-8000-000000000001', '2026-11-25');
    expect(periodErrors({ ...draft, endsOn: '2026-11-01' }, t)).toEqual({
      endsOn: t('plan.period_end_before_start'),
    });
    expect(periodErrors({ ...draft, endsOn: '2029-01-01' }, t)).toEqual({
      endsOn: t('plan.period_too_long'),
    });
    expect(
      periodErrors({ ...draft, visitIntervalDays: Number.NaN, startsOn: '' }, t),
    ).toMatchObject({
      startsOn: t('validation.invalid_date'),
      visitIntervalDays: t('plan.interval_out_of_range'),
    });
  });
});
