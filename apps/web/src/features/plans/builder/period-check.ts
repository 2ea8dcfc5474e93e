import { daysBetween, MAX_PLAN_DAYS, planContentSchema, type Translate } from '@birge/domain';
import { issuesToFieldErrors, type FieldErrors } from '../../person-form/issues.js';
import type { PlanDraft } from './plan-draft.js';

const periodSchema = planContentSchema.pick({
  startsOn: true,
  endsOn: true,
  visitIntervalDays: true,
  reviewIntervalDays: true,
  gasWeighting: true,
  note: true,
});

/** The first step's fields checked with the plan schema and the period rules of `planIssues`. */
export function periodErrors(draft: PlanDraft, t: Translate): FieldErrors {
  const result = periodSchema.safeParse({
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    visitIntervalDays: draft.visitIntervalDays,
    reviewIntervalDays: draft.reviewIntervalDays,
    gasWeighting: draft.gasWeighting,
    note: draft.note.trim() || null,
  });
  const errors = result.success ? {} : issuesToFieldErrors(result.error.issues, t);
  if (result.success) {
    if (draft.endsOn < draft.startsOn) errors.endsOn = t('plan.period_end_before_start');
    else if (daysBetween(draft.startsOn, draft.endsOn) > MAX_PLAN_DAYS)
      errors.endsOn = t('plan.period_too_long');
  }
  return errors;
}
