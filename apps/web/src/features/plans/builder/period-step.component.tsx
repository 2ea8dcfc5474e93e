import { GAS_WEIGHTINGS, type GasWeighting } from '@birge/domain';
import { RadioGroupInput } from '../../../components/choice-fields.component.js';
import { TextInput } from '../../../components/text-field.component.js';
import { useI18n } from '../../../i18n/i18n-context.js';
import type { FieldErrors } from '../../person-form/issues.js';
import type { PlanDraft } from './plan-draft.js';

/** Step 1: the plan's period, how often the worker visits and reviews, how goals are weighed. */
export function PeriodStep({
  draft,
  onChange,
  errors,
}: {
  draft: PlanDraft;
  onChange: (change: Partial<PlanDraft>) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const days = (value: string) => (/^\d{1,3}$/.test(value) ? Number(value) : Number.NaN);
  const shown = (value: number) => (Number.isNaN(value) ? '' : String(value));
  return (
    <div className="card">
      <div className="field-row">
        <TextInput
          id="plan-startsOn"
          type="date"
          size="short"
          label={t('plan.builder.startsOn')}
          value={draft.startsOn}
          onChange={(startsOn) => onChange({ startsOn })}
          error={errors.startsOn}
          isRequired
        />
        <TextInput
          id="plan-endsOn"
          type="date"
          size="short"
          label={t('plan.builder.endsOn')}
          value={draft.endsOn}
          onChange={(endsOn) => onChange({ endsOn })}
          error={errors.endsOn}
          description={t('plan.builder.endsOnHint')}
          isRequired
        />
      </div>
      <div className="field-row">
        <TextInput
          id="plan-visitIntervalDays"
          inputMode="numeric"
          size="short"
          label={t('plan.builder.visitInterval')}
          description={t('plan.builder.visitIntervalHint')}
          value={shown(draft.visitIntervalDays)}
          onChange={(v) => onChange({ visitIntervalDays: days(v) })}
          error={errors.visitIntervalDays}
          isRequired
        />
        <TextInput
          id="plan-reviewIntervalDays"
          inputMode="numeric"
          size="short"
          label={t('plan.builder.reviewInterval')}
          description={t('plan.builder.reviewIntervalHint')}
          value={shown(draft.reviewIntervalDays)}
          onChange={(v) => onChange({ reviewIntervalDays: days(v) })}
          error={errors.reviewIntervalDays}
          isRequired
        />
      </div>
      <RadioGroupInput<GasWeighting>
        id="plan-gasWeighting"
        label={t('plan.details.weighting')}
        description={t('plan.builder.weightingHint')}
        options={GAS_WEIGHTINGS.map((w) => ({ value: w, label: t(`plan.weighting.${w}`) }))}
        value={draft.gasWeighting}
        onChange={(gasWeighting) => onChange({ gasWeighting })}
        error={errors.gasWeighting}
        isRequired
      />
      <TextInput
        id="plan-note"
        label={t('plan.details.note')}
        value={draft.note}
        onChange={(note) => onChange({ note })}
        error={errors.note}
        multiline
      />
    </div>
  );
}
